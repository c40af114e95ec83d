package io.github.krongkan.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A place in a krongkan JSON document: a JSON pointer (RFC 6901) such as {@code
 * /budget/activities/0/lines/2/statedAmount}, built from member names ({@link Fields}) and array
 * indexes.
 *
 * <pre>{@code
 * DocumentPath path = DocumentPath.root().field(Fields.RISKS).index(1).field(Fields.INHERENT);
 * path.toString(); // "/risks/1/inherent"
 * }</pre>
 *
 * <p>Instances are immutable; {@link #toString()} is the pointer and {@link #parse(String)} reads it
 * back. Member names are escaped as RFC 6901 requires ({@code ~} as {@code ~0}, {@code /} as
 * {@code ~1}).
 */
public final class DocumentPath {
    private static final DocumentPath ROOT = new DocumentPath(List.of(), "");

    private final List<String> segments;
    private final String pointer;

    private DocumentPath(List<String> segments, String pointer) {
        this.segments = segments;
        this.pointer = pointer;
    }

    /**
     * The whole document.
     *
     * @return the path whose pointer is {@code ""}
     */
    public static DocumentPath root() {
        return ROOT;
    }

    /**
     * Reads a JSON pointer.
     *
     * @param pointer {@code ""} or a pointer starting with {@code /}
     * @return the path
     * @throws IllegalArgumentException if the text is not a JSON pointer (it does not start with
     *     {@code /}, or has a {@code ~} not followed by {@code 0} or {@code 1})
     */
    public static DocumentPath parse(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        if (pointer.isEmpty()) {
            return ROOT;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON pointer starts with '/': '" + pointer + "'");
        }
        List<String> segments = new ArrayList<>();
        int start = 1;
        while (true) {
            int slash = pointer.indexOf('/', start);
            String raw = pointer.substring(start, slash < 0 ? pointer.length() : slash);
            segments.add(unescape(raw, pointer));
            if (slash < 0) {
                break;
            }
            start = slash + 1;
        }
        return new DocumentPath(Collections.unmodifiableList(segments), pointer);
    }

    /**
     * The member of the object at this path.
     *
     * @param name the member name, usually one of {@link Fields}
     * @return the longer path
     */
    public DocumentPath field(String name) {
        Objects.requireNonNull(name, "name");
        return append(name, escape(name));
    }

    /**
     * The item of the array at this path.
     *
     * @param index the index, from 0
     * @return the longer path
     * @throws IllegalArgumentException if the index is negative
     */
    public DocumentPath index(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("an array index must not be negative: " + index);
        }
        String text = Integer.toString(index);
        return append(text, text);
    }

    /**
     * The path with one segment less.
     *
     * @return the parent path
     * @throws IllegalStateException if this is the root
     */
    public DocumentPath parent() {
        if (segments.isEmpty()) {
            throw new IllegalStateException("the root of a document has no parent");
        }
        return parse(pointer.substring(0, pointer.lastIndexOf('/')));
    }

    /**
     * Whether this path is the whole document.
     *
     * @return true for {@code ""}
     */
    public boolean isRoot() {
        return segments.isEmpty();
    }

    /**
     * Whether this path is the given one or lies inside it.
     *
     * @param other the other path
     * @return true if {@code other}'s segments begin this path's segments
     */
    public boolean startsWith(DocumentPath other) {
        return segments.size() >= other.segments.size()
                && segments.subList(0, other.segments.size()).equals(other.segments);
    }

    /**
     * The reference tokens, unescaped: member names and array indexes as text.
     *
     * @return the segments, empty for the root
     */
    public List<String> segments() {
        return segments;
    }

    private DocumentPath append(String segment, String escaped) {
        List<String> longer = new ArrayList<>(segments.size() + 1);
        longer.addAll(segments);
        longer.add(segment);
        return new DocumentPath(Collections.unmodifiableList(longer), pointer + "/" + escaped);
    }

    private static String escape(String name) {
        return name.indexOf('~') < 0 && name.indexOf('/') < 0
                ? name
                : name.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String raw, String pointer) {
        if (raw.indexOf('~') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '~') {
                out.append(c);
            } else if (i + 1 < raw.length() && (raw.charAt(i + 1) == '0' || raw.charAt(i + 1) == '1')) {
                out.append(raw.charAt(++i) == '0' ? '~' : '/');
            } else {
                throw new IllegalArgumentException(
                        "'~' must be followed by 0 or 1 in a JSON pointer: '" + pointer + "'");
            }
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentPath other && pointer.equals(other.pointer);
    }

    @Override
    public int hashCode() {
        return pointer.hashCode();
    }

    /**
     * The JSON pointer.
     *
     * @return e.g. {@code /risks/1/inherent}, {@code ""} for the root
     */
    @Override
    public String toString() {
        return pointer;
    }
}
