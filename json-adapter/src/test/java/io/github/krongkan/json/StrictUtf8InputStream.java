package io.github.krongkan.json;

import java.io.FilterInputStream;
import java.io.InputStream;

/** The codec's strict UTF-8 stream, under the name the white-box tests of this package use. */
final class StrictUtf8InputStream extends FilterInputStream {
    StrictUtf8InputStream(InputStream in) {
        super(new io.github.krongkan.json.codec.StrictUtf8InputStream(in));
    }

    static boolean isValid(byte[] bytes, int from, int length) {
        return io.github.krongkan.json.codec.StrictUtf8InputStream.isValid(bytes, from, length);
    }
}
