package io.github.krongkan.json.codec;

import java.io.IOException;

/**
 * The tokens of one JSON value or document, as {@link JsonIn} reads them: krongkan's own view of a
 * streaming parser, implemented once per Jackson version by a thin binding (a parser of text, of a
 * tree or of a token buffer). Every call is answered by the parser the binding wraps; the binding
 * keeps no state of its own beyond what it needs to map the parser's token onto a {@link Token}.
 *
 * <p>A binding's parser failures (malformed JSON, limits, encoding) are thrown as {@link
 * IOException}s and described by {@link #describeFailure(IOException)}; {@link JsonIn} turns them,
 * as every refusal of the format, into the exception {@link #error(String, String, Throwable)}
 * makes, with the pointer of the current value.
 */
public interface TokenSource {
    /**
     * Advances to the next token.
     *
     * @return the token, or {@code null} at the end of the input
     * @throws IOException if the parser fails (malformed input, a limit, the encoding)
     */
    Token next() throws IOException;

    /**
     * The token the source stands on.
     *
     * @return the token, or {@code null} before the first and after the last
     */
    Token current();

    /**
     * The name of the member whose name or value the source stands on.
     *
     * @return the name
     * @throws IOException if the parser fails
     */
    String name() throws IOException;

    /**
     * The text of the current token: a string's value, a number as written.
     *
     * @return the text
     * @throws IOException if the parser fails
     */
    String text() throws IOException;

    /**
     * Whether the current integer fits a Java {@code int}.
     *
     * @return whether {@link #intValue()} gives the number exactly
     * @throws IOException if the parser fails
     */
    boolean isInt() throws IOException;

    /**
     * The current integer as an {@code int}, when {@link #isInt()}.
     *
     * @return the number
     * @throws IOException if the parser fails
     */
    int intValue() throws IOException;

    /**
     * The current number in its most exact form: from text, the number as written (a {@link String});
     * from a tree or a token buffer, the {@link Number} the node holds.
     *
     * @return the number as written, or the number held
     * @throws IOException if the parser fails
     */
    Object exactNumber() throws IOException;

    /**
     * Whether the parser itself refuses duplicate keys; if not, {@link JsonIn} does.
     *
     * @return whether duplicates are caught by the parser
     */
    boolean refusesDuplicates();

    /**
     * How many path segments (object members, array items) lead from the root to the current value.
     *
     * @return the depth
     */
    int depth();

    /**
     * The JSON pointer of the current value, leaving out the first {@code fromDepth} path segments
     * (those above a value embedded in other JSON). On the end of an object or array it designates
     * the object or array just closed.
     *
     * @param fromDepth the segments to leave out
     * @return the pointer, {@code ""} for the root
     */
    String pointer(int fromDepth);

    /**
     * Describes a failure of the parser for a message ("malformed JSON: ...").
     *
     * @param failure what the parser threw
     * @return the reason
     */
    String describeFailure(IOException failure);

    /**
     * The exception that reports a refusal at the current token: the binding's own type, with the
     * line and column of the current token where the parser knows them.
     *
     * @param pointer the JSON pointer of the offending value
     * @param reason  what is wrong
     * @param cause   the underlying failure, or {@code null}
     * @return the exception, to be thrown
     */
    RuntimeException error(String pointer, String reason, Throwable cause);
}
