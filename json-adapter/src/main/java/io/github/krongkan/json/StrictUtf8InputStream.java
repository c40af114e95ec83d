package io.github.krongkan.json;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 as RFC 3629 defines it: no
 * overlong forms, no encoded surrogates (U+D800..U+DFFF), nothing above U+10FFFF, no sequence cut
 * off at the end. A NUL byte is refused too: it never stands in a JSON text outside a string, and
 * inside one it must be escaped, so it is the mark of UTF-16 or UTF-32 input, which the format
 * does not accept. A violation ends the read with a {@link CharConversionException} that gives the
 * byte offset. Closing it leaves the underlying stream open.
 */
final class StrictUtf8InputStream extends FilterInputStream {
    /** Bytes still expected in the current multi-byte sequence. */
    private int pending;
    /** The lowest and highest allowed value of the next continuation byte (narrowed after some lead bytes). */
    private int nextLow = 0x80;
    private int nextHigh = 0xBF;
    private long offset;

    StrictUtf8InputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            end();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = in.read(buffer, off, len);
        if (n < 0) {
            end();
            return n;
        }
        for (int k = off, to = off + n; k < to; k++) {
            byte b = buffer[k];
            if (b > 0 && pending == 0) {
                offset++; // ASCII, the common case
            } else {
                check(b & 0xFF);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Every byte has to be seen to be checked.
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 0))];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    /** Leaves the underlying stream open: the caller opened it and closes it. */
    @Override
    public void close() {
        // not closed here
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check(int b) throws CharConversionException {
        if (pending > 0) {
            if (b < nextLow || b > nextHigh) {
                throw invalid("a multi-byte character is cut short or ill-formed");
            }
            nextLow = 0x80;
            nextHigh = 0xBF;
            pending--;
        } else if (b == 0) {
            throw invalid("NUL byte; the document must be UTF-8 (not UTF-16 or UTF-32)");
        } else if (b < 0x80) {
            // ASCII
        } else if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            if (b == 0xE0) {
                nextLow = 0xA0; // no overlong three-byte forms
            } else if (b == 0xED) {
                nextHigh = 0x9F; // no surrogates
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            if (b == 0xF0) {
                nextLow = 0x90; // no overlong four-byte forms
            } else if (b == 0xF4) {
                nextHigh = 0x8F; // nothing above U+10FFFF
            }
        } else {
            throw invalid(String.format("byte 0x%02X cannot start a UTF-8 character", b));
        }
        offset++;
    }

    private void end() throws CharConversionException {
        if (pending > 0) {
            throw invalid("the input ends inside a multi-byte character");
        }
    }

    private CharConversionException invalid(String why) {
        return new CharConversionException("invalid UTF-8 at byte offset " + offset + ": " + why);
    }
}
