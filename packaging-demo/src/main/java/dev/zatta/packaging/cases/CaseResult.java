package dev.zatta.packaging.cases;

import dev.zatta.packaging.Report;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A reproduced case: its steps (the failing setups and the fix) and what the doctor says about the
 * failing setup. Immutable.
 *
 * @param name short name, e.g. {@code not-exported}
 * @param title one line
 * @param python the Python symptom this case is the Java cousin of
 * @param steps the steps, in order
 * @param doctor the doctor's report on the failing setup
 */
public record CaseResult(String name, String title, String python, List<Step> steps, Report doctor) {
    public CaseResult {
        steps = List.copyOf(steps);
    }

    /** The step with {@code key}. */
    public Step step(String key) {
        return steps.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("case " + name + " has no step '" + key + "'; it has "
                        + steps.stream().map(Step::key).toList()));
    }

    /** The outcome of the step with {@code key}. */
    public Outcome outcome(String key) {
        return step(key).outcome();
    }

    /** True when every step failed or succeeded as expected and the doctor found something. */
    public boolean reproduced() {
        return steps.stream().allMatch(Step::asExpected) && !doctor.healthy();
    }

    /** The case as text: each step's command and outcome, then the doctor's report. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("== ").append(name).append(": ").append(title).append('\n');
        out.append("   Python cousin: ").append(python).append('\n');
        for (Step s : steps) {
            out.append("-- ").append(s.title()).append(s.expectSuccess() ? " (should work)" : " (should fail)")
                    .append(s.asExpected() ? "" : "  <-- NOT AS EXPECTED").append('\n');
            out.append("   $ ").append(s.command().replace("\n", "\n   $ ")).append('\n');
            out.append("   ").append(s.outcome().render().replace("\n", "\n   ")).append('\n');
        }
        out.append("-- the doctor on the failing setup\n   ").append(doctor.render().strip().replace("\n", "\n   ")).append('\n');
        return out.toString();
    }
}
