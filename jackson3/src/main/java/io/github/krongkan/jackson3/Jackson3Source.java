package io.github.krongkan.jackson3;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.json.codec.Token;
import io.github.krongkan.json.codec.TokenSource;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * The codec's {@link TokenSource} over a Jackson 3 {@link JsonParser}: a parser of text (the
 * documents of {@link KrongkanJson3}) or the caller's own (stream, tree, token buffer) in a module
 * deserializer. Jackson 3's unchecked exceptions travel through the codec as {@link Failure}s;
 * errors are {@link KrongkanJson3Exception}s.
 */
final class Jackson3Source implements TokenSource {
    /** A Jackson 3 exception, carried as the {@link IOException} the codec expects of a source. */
    static final class Failure extends IOException {
        private static final long serialVersionUID = 1L;

        Failure(JacksonException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final JsonParser parser;

    Jackson3Source(JsonParser parser) {
        this.parser = parser;
    }

    /** The codec's token for a Jackson token. */
    private static Token token(JsonToken t) {
        if (t == null) {
            return null;
        }
        return switch (t) {
            case START_OBJECT -> Token.START_OBJECT;
            case END_OBJECT -> Token.END_OBJECT;
            case START_ARRAY -> Token.START_ARRAY;
            case END_ARRAY -> Token.END_ARRAY;
            case PROPERTY_NAME -> Token.FIELD_NAME;
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
        try {
            return token(parser.nextToken());
        } catch (JacksonException e) {
            throw new Failure(e);
        }
    }

    @Override
    public Token current() {
        return token(parser.currentToken());
    }

    @Override
    public String name() throws IOException {
        try {
            return parser.currentName();
        } catch (JacksonException e) {
            throw new Failure(e);
        }
    }

    @Override
    public String text() throws IOException {
        try {
            return parser.getString();
        } catch (JacksonException e) {
            throw new Failure(e);
        }
    }

    @Override
    public boolean isInt() throws IOException {
        try {
            return parser.getNumberType() == JsonParser.NumberType.INT;
        } catch (JacksonException e) {
            throw new Failure(e);
        }
    }

    @Override
    public int intValue() throws IOException {
        try {
            return parser.getIntValue();
        } catch (JacksonException e) {
            throw new Failure(e);
        }
    }

    @Override
    public Object exactNumber() throws IOException {
        try {
            // A parser of text (ParserBase) has the number as written; a tree or buffer the number held.
            return parser instanceof ParserBase ? parser.getString() : parser.getNumberValueDeferred();
        } catch (JacksonException e) {
            throw new Failure(e);
        }
    }

    @Override
    public boolean refusesDuplicates() {
        return parser.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    @Override
    public int depth() {
        return contexts().size();
    }

    @Override
    public String pointer(int fromDepth) {
        List<TokenStreamContext> contexts = contexts();
        DocumentPath path = DocumentPath.root();
        for (int i = fromDepth; i < contexts.size(); i++) {
            TokenStreamContext c = contexts.get(i);
            if (c.inObject()) {
                String name = c.currentName();
                path = path.field(name == null ? "" : name);
            } else {
                path = path.index(Math.max(0, c.getCurrentIndex()));
            }
        }
        return path.toString();
    }

    /** The parsing contexts from the root down to the current value's, each with a path segment. */
    private List<TokenStreamContext> contexts() {
        TokenStreamContext context = parser.streamReadContext();
        if (context != null && !context.hasPathSegment()) {
            context = context.getParent();
        }
        List<TokenStreamContext> contexts = new ArrayList<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            contexts.add(c);
        }
        Collections.reverse(contexts);
        return contexts;
    }

    @Override
    public String describeFailure(IOException e) {
        Throwable failure = e instanceof Failure ? e.getCause() : e;
        if (failure instanceof StreamConstraintsException limit) {
            return "input beyond the reader's limits: " + limit.getOriginalMessage();
        } else if (failure instanceof JacksonIOException io && io.getCause() instanceof CharConversionException) {
            return "the document is not valid UTF-8 text: " + io.getCause().getMessage();
        } else if (failure instanceof CharConversionException) {
            return "the document is not valid UTF-8 text: " + failure.getMessage();
        } else if (failure instanceof StreamReadException malformed) {
            return "malformed JSON: " + malformed.getOriginalMessage();
        } else if (failure instanceof JacksonException other && !(failure instanceof JacksonIOException)) {
            return "malformed JSON: " + other.getOriginalMessage();
        }
        return "the document could not be read: " + failure.getMessage();
    }

    @Override
    public KrongkanJson3Exception error(String pointer, String reason, Throwable cause) {
        TokenStreamLocation location = parser.currentTokenLocation();
        Throwable unwrapped = cause instanceof Failure ? cause.getCause() : cause;
        return location == null
                ? new KrongkanJson3Exception(pointer, reason, -1, -1, unwrapped)
                : new KrongkanJson3Exception(pointer, reason, location.getLineNr(), location.getColumnNr(), unwrapped);
    }
}
