package dev.zatta.packaging;

import java.util.List;
import java.util.Objects;

/**
 * What the doctor checked and what it found. Immutable.
 *
 * @param checked one line saying what was examined, e.g. {@code module path [mods] with root module app}
 * @param findings what is wrong, in the order found; empty when healthy
 */
public record Report(String checked, List<Finding> findings) {
    public Report {
        Objects.requireNonNull(checked, "checked");
        findings = List.copyOf(findings);
    }

    /** True when nothing was found. */
    public boolean healthy() {
        return findings.isEmpty();
    }

    /** The findings of one kind. */
    public List<Finding> findings(Finding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /** A plain-text report: a headline, then each finding with what is wrong and the fix. */
    public String render() {
        StringBuilder out = new StringBuilder();
        if (healthy()) {
            out.append("doctor: healthy: ").append(checked).append('\n');
            return out.toString();
        }
        out.append("doctor: ").append(findings.size()).append(findings.size() == 1 ? " finding" : " findings")
                .append(" in ").append(checked).append('\n');
        for (int i = 0; i < findings.size(); i++) {
            out.append(i + 1).append(". ").append(findings.get(i).render()).append('\n');
        }
        return out.toString();
    }
}
