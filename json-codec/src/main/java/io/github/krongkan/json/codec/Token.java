package io.github.krongkan.json.codec;

/**
 * The kinds of token a {@link TokenSource} gives, the same for every binding: a binding maps its
 * parser's own token type onto these, once per token.
 */
public enum Token {
    /** The start of an object, an opening brace. */
    START_OBJECT,
    /** The end of an object, a closing brace. */
    END_OBJECT,
    /** The start of an array, an opening bracket. */
    START_ARRAY,
    /** The end of an array, a closing bracket. */
    END_ARRAY,
    /** The name of an object member. */
    FIELD_NAME,
    /** A string value. */
    VALUE_STRING,
    /** A number without fraction or exponent. */
    VALUE_NUMBER_INT,
    /** A number with a fraction or an exponent. */
    VALUE_NUMBER_FLOAT,
    /** {@code true}. */
    VALUE_TRUE,
    /** {@code false}. */
    VALUE_FALSE,
    /** {@code null}. */
    VALUE_NULL,
    /** Anything else a parser may give (an embedded object of a token buffer): never a valid value. */
    OTHER;

    /** How a message names a value of this kind ("an object", "a number"). */
    String describe() {
        return switch (this) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case END_OBJECT -> "}";
            case END_ARRAY -> "]";
            case FIELD_NAME -> "FIELD_NAME";
            case OTHER -> "VALUE_EMBEDDED_OBJECT";
        };
    }
}
