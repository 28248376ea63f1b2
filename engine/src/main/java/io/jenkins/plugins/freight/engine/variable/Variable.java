package io.jenkins.plugins.freight.engine.variable;

import java.util.Objects;

/**
 * One value of a variable: a name (shared by all values of the variable), the value, and where it
 * applies. A sensitive value is encrypted at rest and never returned by reads ({@code value} is
 * then null); {@link #toString()} never shows a value.
 *
 * @param id a GUID string, stable across edits
 * @param value null when absent or withheld
 * @param prompt null unless the value is asked for at deployment
 */
public record Variable(
        String id,
        String name,
        String value,
        String description,
        VariableType type,
        boolean isSensitive,
        VariableScope scope,
        VariablePrompt prompt) {

    public Variable {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        type = type == null ? (isSensitive ? VariableType.SENSITIVE : VariableType.STRING) : type;
        isSensitive = isSensitive || type == VariableType.SENSITIVE;
        scope = scope == null ? VariableScope.UNSCOPED : scope;
    }

    /** An unscoped plain value. */
    public static Variable of(String name, String value) {
        return new Variable(
                null, name, value, "", VariableType.STRING, false, VariableScope.UNSCOPED, null);
    }

    /** An unscoped sensitive value. */
    public static Variable sensitive(String name, String value) {
        return new Variable(
                null, name, value, "", VariableType.SENSITIVE, true, VariableScope.UNSCOPED, null);
    }

    public Variable withId(String value) {
        return new Variable(value, name, this.value, description, type, isSensitive, scope, prompt);
    }

    public Variable withValue(String value) {
        return new Variable(id, name, value, description, type, isSensitive, scope, prompt);
    }

    public Variable withScope(VariableScope value) {
        return new Variable(id, name, this.value, description, type, isSensitive, value, prompt);
    }

    public Variable withPrompt(VariablePrompt value) {
        return new Variable(id, name, this.value, description, type, isSensitive, scope, value);
    }

    /** The value as reads show it: null for a sensitive value. */
    Variable redacted() {
        return isSensitive ? withValue(null) : this;
    }

    @Override
    public String toString() {
        return "Variable[id="
                + id
                + ", name="
                + name
                + ", type="
                + type.wireName()
                + (isSensitive ? ", sensitive" : "")
                + ", scope="
                + scope.values()
                + (prompt != null ? ", prompted" : "")
                + "]";
    }
}
