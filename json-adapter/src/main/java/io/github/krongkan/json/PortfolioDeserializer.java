package io.github.krongkan.json;

import io.github.krongkan.json.codec.JsonIn;
import io.github.krongkan.json.codec.KrongkanCodec;
import io.github.krongkan.project.Portfolio;

/** Reads a {@link Portfolio} object of the format strictly; its {@code "format"} member is optional. */
final class PortfolioDeserializer extends StrictDeserializer<Portfolio> {
    private static final long serialVersionUID = 1L;

    PortfolioDeserializer() {
        super(Portfolio.class);
    }

    @Override
    Portfolio read(JsonIn in) {
        return KrongkanCodec.readPortfolio(in);
    }
}
