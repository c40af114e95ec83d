package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.krongkan.json.codec.JsonOut;
import io.github.krongkan.json.codec.KrongkanCodec;
import io.github.krongkan.project.Portfolio;
import java.io.IOException;

/** Writes a {@link Portfolio} as the portfolio object of the format, without the {@code "format"} member. */
final class PortfolioSerializer extends StdSerializer<Portfolio> {
    private static final long serialVersionUID = 1L;

    PortfolioSerializer() {
        super(Portfolio.class);
    }

    @Override
    public void serialize(Portfolio value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        KrongkanCodec.writePortfolio(new JsonOut(new Jackson2Sink(gen)), value, false);
    }
}
