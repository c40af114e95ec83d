package io.github.krongkan.json;

import io.github.krongkan.json.codec.JsonIn;
import io.github.krongkan.json.codec.KrongkanCodec;
import io.github.krongkan.time.FiscalPeriod;

/** Reads a fiscal period of one kind from its code, e.g. {@code "FY2569-Q1"}, strictly. */
final class PeriodDeserializer<T extends FiscalPeriod> extends StrictDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final Class<T> kind;

    PeriodDeserializer(Class<T> kind) {
        super(kind);
        this.kind = kind;
    }

    @Override
    T read(JsonIn in) {
        return KrongkanCodec.readPeriod(in, kind);
    }
}
