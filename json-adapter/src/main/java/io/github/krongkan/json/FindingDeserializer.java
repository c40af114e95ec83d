package io.github.krongkan.json;

import io.github.krongkan.check.Finding;
import io.github.krongkan.json.codec.JsonIn;
import io.github.krongkan.json.codec.KrongkanCodec;

/** Reads a {@link Finding} in the findings form of {@link KrongkanJson#writeFindings}, strictly. */
final class FindingDeserializer extends StrictDeserializer<Finding> {
    private static final long serialVersionUID = 1L;

    FindingDeserializer() {
        super(Finding.class);
    }

    @Override
    Finding read(JsonIn in) {
        return KrongkanCodec.readFinding(in);
    }
}
