package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.json.codec.Token;
import io.github.krongkan.json.codec.TokenSource;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The codec's {@link TokenSource} over a Jackson 2 {@link JsonParser}: a parser of text (the
 * documents of {@link KrongkanJson}) or the caller's own (stream, tree, token buffer) in a
 * {@link KrongkanModule} deserializer. Errors are {@link KrongkanJsonException}s.
 */
final class Jackson2Source implements TokenSource {
    private final JsonParser parser;

    Jackson2Source(JsonParser parser) {
        this.parser = parser;
    }

    /** The codec's token for a Jackson token: a switch on the enum, as cheap as a table. */
    private static Token token(JsonToken t) {
        if (t == null) {
            return null;
        }
        return switch (t) {
            case START_OBJECT -> Token.START_OBJECT;
            case END_OBJECT -> Token.END_OBJECT;
            case START_ARRAY -> Token.START_ARRAY;
            case END_ARRAY -> Token.END_ARRAY;
            case FIELD_NAME -> Token.FIELD_NAME;
            case VALUE_STRING -> Token.VALUE_STRING;
            case VALUE_NUMBER_INT -> Token.VALUE_NUMBER_INT;
            case VALUE_NUMBER_FLOAT -> Token.VALUE_NUMBER_FLOAT;
            case VALUE_TRUE -> Token.VALUE_TRUE;
            case VALUE_FALSE -> Token.VALUE_FALSE;
            case VALUE_NULL -> Token.VALUE_NULL;
            default -> Token.OTHER;
        };
    }

    @Override
    public Token next() throws IOException {
        return token(parser.nextToken());
    }

    @Override
    public Token current() {
        return token(parser.currentToken());
    }

    @Override
    public String name() throws IOException {
        return parser.currentName();
    }

    @Override
    public String text() throws IOException {
        return parser.getText();
    }

    @Override
    public boolean isInt() throws IOException {
        return parser.getNumberType() == JsonParser.NumberType.INT;
    }

    @Override
    public int intValue() throws IOException {
        return parser.getIntValue();
    }

    @Override
    public Object exactNumber() throws IOException {
        // A parser of text (ParserBase) has the number as written; a tree or buffer the number held.
        return parser instanceof ParserBase ? parser.getText() : parser.getNumberValueDeferred();
    }

    @Override
    public boolean refusesDuplicates() {
        return parser.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    }

    @Override
    public int depth() {
        return contexts().size();
    }

    /**
     * What {@code getParsingContext().pathAsPointer()} gives, built directly from the parsing
     * contexts below {@code fromDepth}.
     */
    @Override
    public String pointer(int fromDepth) {
        List<JsonStreamContext> contexts = contexts();
        DocumentPath path = DocumentPath.root();
        for (int i = fromDepth; i < contexts.size(); i++) {
            JsonStreamContext c = contexts.get(i);
            if (c.inObject()) {
                String name = c.getCurrentName();
                path = path.field(name == null ? "" : name);
            } else {
                path = path.index(Math.max(0, c.getCurrentIndex()));
            }
        }
        return path.toString();
    }

    /**
     * The parsing contexts from the root down to the current value's, each with a path segment.
     * Walked, not sized by {@code getNestingDepth()}: the contexts of a tree or a token buffer do not
     * all keep their depth.
     */
    private List<JsonStreamContext> contexts() {
        JsonStreamContext context = parser.getParsingContext();
        if (context != null && !context.hasPathSegment()) {
            context = context.getParent();
        }
        List<JsonStreamContext> contexts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            contexts.add(c);
        }
        Collections.reverse(contexts);
        return contexts;
    }

    @Override
    public String describeFailure(IOException e) {
        if (e instanceof StreamConstraintsException limit) {
            return "input beyond the reader's limits: " + limit.getOriginalMessage();
        } else if (e instanceof JsonProcessingException malformed) {
            return "malformed JSON: " + malformed.getOriginalMessage();
        } else if (e instanceof CharConversionException) {
            return "the document is not valid UTF-8 text: " + e.getMessage();
        }
        return "the document could not be read: " + e.getMessage();
    }

    @Override
    public KrongkanJsonException error(String pointer, String reason, Throwable cause) {
        JsonLocation location = parser.currentTokenLocation();
        return location == null
                ? new KrongkanJsonException(pointer, reason, cause)
                : new KrongkanJsonException(pointer, reason, location.getLineNr(), location.getColumnNr(), cause);
    }
}
