package dev.zatta.packaging.cases;

/**
 * One step of a case: what was done, the command a user would type for it, what was expected, and the
 * outcome. Immutable.
 *
 * @param key a stable name for the step, e.g. {@code module-path-compile}
 * @param title what the step does, in words
 * @param command the equivalent shell command
 * @param expectSuccess whether the step should compile or run (false: it should fail)
 * @param outcome what happened
 */
public record Step(String key, String title, String command, boolean expectSuccess, Outcome outcome) {
    /** True when the step failed or succeeded as expected; a skipped step counts as expected. */
    public boolean asExpected() {
        return outcome.skipped() || outcome.success() == expectSuccess;
    }
}
