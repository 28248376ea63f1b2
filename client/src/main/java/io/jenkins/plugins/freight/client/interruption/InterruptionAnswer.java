package io.jenkins.plugins.freight.client.interruption;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A person's answer to an interruption, as its form is submitted: the chosen button and optional
 * notes. A manual intervention's button group is {@code Result} (Proceed or Abort); a guided
 * failure's is {@code Guidance} (Fail, Retry, Ignore or Exclude).
 *
 * @param element the form element of the button group: {@value #RESULT} or {@value #GUIDANCE}
 * @param value the button's value, e.g. {@code Proceed}
 * @param notes why, shown in the task log and the audit log; may be {@code null}
 */
public record InterruptionAnswer(String element, String value, String notes) {

    /** The button group of a manual intervention. */
    public static final String RESULT = "Result";

    /** The button group of a guided failure. */
    public static final String GUIDANCE = "Guidance";

    public InterruptionAnswer {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(value, "value");
    }

    /** Manual intervention: carry on with the deployment. */
    public static InterruptionAnswer proceed(String notes) {
        return new InterruptionAnswer(RESULT, "Proceed", notes);
    }

    /** Manual intervention: stop the deployment (it fails). */
    public static InterruptionAnswer abort(String notes) {
        return new InterruptionAnswer(RESULT, "Abort", notes);
    }

    /** Guided failure: let the deployment fail. */
    public static InterruptionAnswer fail(String notes) {
        return new InterruptionAnswer(GUIDANCE, "Fail", notes);
    }

    /** Guided failure: run the failed action again. */
    public static InterruptionAnswer retry(String notes) {
        return new InterruptionAnswer(GUIDANCE, "Retry", notes);
    }

    /** Guided failure: treat the failed action as done and carry on (not for required steps). */
    public static InterruptionAnswer ignore(String notes) {
        return new InterruptionAnswer(GUIDANCE, "Ignore", notes);
    }

    /**
     * Guided failure: leave the failing target out of the rest of the deployment (not for required
     * steps).
     */
    public static InterruptionAnswer exclude(String notes) {
        return new InterruptionAnswer(GUIDANCE, "Exclude", notes);
    }

    /** The form values the server receives, e.g. {@code {"Result":"Proceed","Notes":"…"}}. */
    public Map<String, String> formValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(element, value);
        if (notes != null) {
            values.put("Notes", notes);
        }
        return values;
    }
}
