package dev.zatta.formatting;

/** Command line of the standalone jar: {@code java -jar formatting/target/formatting.jar}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 1 && !args[0].startsWith("-")) {
            System.out.println(Literals.escape(args[0]));
            return;
        }
        System.err.println("usage: java -jar formatting.jar TEXT   (prints TEXT escaped for use in a template)");
        System.exit(2);
    }
}
