package io.github.krongkan.jackson3;

import io.github.krongkan.json.codec.JsonIn;
import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds trees ({@code ObjectMapper.readTree}, {@code JsonNode} values) that keep what the krongkan
 * format needs from the text, whatever the mapper's settings:
 *
 * <ul>
 *   <li>a floating-point number is a {@code DoubleNode} only when the {@code double} gives back the
 *       number as written ({@code 2.5}); otherwise ({@code 8.00}, {@code 1234567.123456789012},
 *       {@code 1e999999999}) it is a {@code DecimalNode} holding the exact decimal, scale included
 *       (always a {@code DecimalNode} when the mapper has {@code USE_BIG_DECIMAL_FOR_FLOATS});
 *   <li>a duplicate key in an object is refused, as the format refuses it, instead of the last one
 *       silently winning.
 * </ul>
 *
 * Everything else is as Jackson builds it. Reading a project from such a tree ({@code
 * treeToValue}, {@code readerFor(Project.class).readValue(node)}) then gives what {@link
 * KrongkanJson3} gives from the text.
 *
 * @param <T> the node type asked for: {@link JsonNode}, {@link ObjectNode} or {@link ArrayNode}
 */
final class ExactTreeDeserializer<T extends JsonNode> extends StdDeserializer<T> {
    private final Class<T> nodeType;

    ExactTreeDeserializer(Class<T> nodeType) {
        super(nodeType);
        this.nodeType = nodeType;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonNode node = p.currentToken() == JsonToken.PROPERTY_NAME
                ? objectFrom(p, ctxt, ctxt.getNodeFactory())
                : value(p, ctxt, ctxt.getNodeFactory());
        if (!nodeType.isInstance(node)) {
            return nodeType.cast(ctxt.handleUnexpectedToken(nodeType, p));
        }
        return nodeType.cast(node);
    }

    @Override
    public T getNullValue(DeserializationContext ctxt) {
        return nodeType.isInstance(NullNode.getInstance()) ? nodeType.cast(NullNode.getInstance()) : null;
    }

    private static JsonNode value(JsonParser p, DeserializationContext ctxt, JsonNodeFactory f) {
        JsonToken t = p.currentToken();
        if (t == null) {
            return ctxt.reportInputMismatch(JsonNode.class, "unexpected end of input");
        }
        return switch (t) {
            case START_OBJECT -> {
                p.nextToken();
                yield objectFrom(p, ctxt, f);
            }
            case START_ARRAY -> {
                ArrayNode array = f.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(p, ctxt, f));
                }
                yield array;
            }
            case VALUE_STRING -> f.stringNode(p.getString());
            case VALUE_NUMBER_INT ->
                switch (p.getNumberType()) {
                    case INT -> f.numberNode(p.getIntValue());
                    case LONG -> f.numberNode(p.getLongValue());
                    default -> f.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT -> floatNode(p, ctxt, f);
            case VALUE_TRUE -> f.booleanNode(true);
            case VALUE_FALSE -> f.booleanNode(false);
            case VALUE_NULL -> f.nullNode();
            case VALUE_EMBEDDED_OBJECT -> {
                Object embedded = p.getEmbeddedObject();
                yield embedded instanceof byte[] bytes ? f.binaryNode(bytes) : f.pojoNode(embedded);
            }
            default -> ctxt.reportInputMismatch(JsonNode.class, "unexpected token %s", t);
        };
    }

    /** The members of an object whose first field name (or end) the parser stands on. */
    private static ObjectNode objectFrom(JsonParser p, DeserializationContext ctxt, JsonNodeFactory f) {
        ObjectNode object = f.objectNode();
        for (JsonToken t = p.currentToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            JsonNode value = value(p, ctxt, f);
            if (object.replace(name, value) != null) {
                return ctxt.reportInputMismatch(
                        JsonNode.class,
                        "duplicate field \"%s\": krongkan's module refuses duplicate keys (RFC 8259 names"
                                + " should be unique; the last one would silently win)",
                        name);
            }
        }
        return object;
    }

    // BigDecimal.equals on purpose: a double is kept only if it gives back the scale as written too.
    @SuppressWarnings("BigDecimalEquals")
    private static JsonNode floatNode(JsonParser p, DeserializationContext ctxt, JsonNodeFactory f) {
        if (p.isNaN()) {
            return f.numberNode(p.getDoubleValue());
        }
        BigDecimal exact;
        try {
            exact = p.getDecimalValue();
        } catch (NumberFormatException e) {
            // An exponent beyond what BigDecimal holds (2561e9999999994): no exact value to keep.
            return ctxt.reportInputMismatch(
                    JsonNode.class, "the number %s is beyond the range of a decimal", JsonIn.quote(p.getString()));
        }
        if (ctxt.isEnabled(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)) {
            return DecimalNode.valueOf(exact);
        }
        double d = exact.doubleValue();
        if (Double.isFinite(d) && new BigDecimal(Double.toString(d)).equals(exact)) {
            return f.numberNode(d);
        }
        return DecimalNode.valueOf(exact);
    }
}
