package io.github.krongkan.json;

import io.github.krongkan.project.Project;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Project documents read one at a time from JSON Lines (one compact project document per line, as
 * {@link KrongkanJson#writeCompact(io.github.krongkan.project.Project)} writes them), in memory
 * bounded by the longest line, however many lines there are. Made by
 * {@link KrongkanJson#readProjectLines(InputStream)}.
 *
 * <p>Lines end in {@code \n} or {@code \r\n}; blank lines (spaces and tabs only) are skipped; one
 * UTF-8 byte order mark at the start of the input is ignored, and any other (a second one, or one
 * at the start of a later line) is refused, as {@link KrongkanJson#readProject(InputStream)} refuses
 * a second one. A line may have up to {@link #MAX_LINE_BYTES} bytes, not counting its line end.
 * Each line is read as strictly as {@link KrongkanJson#readProject(String)} reads a document.
 *
 * <p>A line that cannot be read makes {@link #next()} throw a {@link KrongkanJsonException} whose
 * pointer is the JSON pointer inside that line's document and whose message says the line number
 * (and the column where known), e.g. {@code /fiscalYear: expected ... (line 7, column 48)}. The
 * iterator stays usable: the next call goes on with the following line, so a caller may count bad
 * lines and carry on, or stop at the first.
 *
 * <p>Not thread-safe. {@link #close()} closes the underlying stream.
 */
public final class ProjectLines implements Iterator<Project>, Closeable {
    /** The longest line accepted, in bytes, not counting its {@code \n} or {@code \r\n} (the BOM of line 1 counts). */
    public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buffer = new byte[64 * 1024];
    /** Unread bytes are {@code buffer[start, end)}. */
    private int start;

    private int end;
    private boolean eof;
    /** The line number of the line found by {@link #hasNext()} or last returned. */
    private long lineNumber;
    /** A line found and not yet returned: its bytes are {@code buffer[lineStart, lineStart + lineLength)}. */
    private boolean pending;

    private int lineStart;
    private int lineLength;
    /** The pending line was longer than the limit; its bytes are gone. */
    private boolean pendingTooLong;

    private boolean closed;

    ProjectLines(InputStream in) {
        this(in, MAX_LINE_BYTES);
    }

    ProjectLines(InputStream in, int maxLineBytes) {
        this.in = Objects.requireNonNull(in, "in");
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Whether another non-blank line follows.
     *
     * @return {@code true} if {@link #next()} has a line to read
     * @throws UncheckedIOException if the stream cannot be read
     */
    @Override
    public boolean hasNext() {
        while (!pending) {
            if (!findLine()) {
                return false;
            }
            if (pendingTooLong || !blank(lineStart, lineLength)) {
                pending = true;
            }
        }
        return true;
    }

    /**
     * Reads the next project.
     *
     * @return the project of the next non-blank line
     * @throws KrongkanJsonException  if the line is not a valid project document; the iterator goes on with the
     *                                following line
     * @throws NoSuchElementException if there are no more lines
     * @throws UncheckedIOException   if the stream cannot be read
     */
    @Override
    public Project next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more lines");
        }
        pending = false;
        if (pendingTooLong) {
            pendingTooLong = false;
            throw new KrongkanJsonException(
                    "",
                    "the line is longer than the reader's limit of " + maxLineBytes + " bytes",
                    lineNumber,
                    -1,
                    null);
        }
        if (startsWithByteOrderMark(lineStart, lineLength)) {
            // The parser would skip it; as for a whole document, one mark may open the input, no more.
            throw new KrongkanJsonException(
                    "",
                    "a byte order mark (U+FEFF) may only open the input, once",
                    lineNumber,
                    lineNumber == 1 ? 4 : 1,
                    null);
        }
        try {
            return KrongkanJson.readProject(buffer, lineStart, lineLength);
        } catch (KrongkanJsonException e) {
            throw new KrongkanJsonException(e.pointer(), e.reason(), lineNumber, e.column(), e);
        }
    }

    /**
     * Numbers lines from another number than 1, for input that is a part of a longer file (e.g. a
     * chunk of it read by another thread), so that errors name the line of the whole file.
     *
     * @param firstLine the number of the first line of this input, at least 1
     * @return this reader
     * @throws IllegalArgumentException if {@code firstLine} is less than 1
     * @throws IllegalStateException    if reading has begun
     */
    public ProjectLines numberedFrom(long firstLine) {
        if (firstLine < 1) {
            throw new IllegalArgumentException("firstLine must be at least 1: " + firstLine);
        }
        if (lineNumber != 0 || pending || start != 0 || end != 0) {
            throw new IllegalStateException("reading has begun");
        }
        lineNumber = firstLine - 1;
        return this;
    }

    /**
     * The number of the line last returned or refused by {@link #next()} (or found by
     * {@link #hasNext()}), counting from 1 (or {@link #numberedFrom(long)}) and counting blank lines;
     * one less before the first.
     *
     * @return the line number
     */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * The remaining projects as a sequential stream; closing the stream closes this reader. A line
     * that cannot be read ends the stream's operation with a {@link KrongkanJsonException}.
     *
     * @return the stream
     */
    public Stream<Project> stream() {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /**
     * Closes the underlying stream.
     *
     * @throws UncheckedIOException if closing fails
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finds the next line, blank or not; {@code false} at the end of the input. */
    private boolean findLine() {
        int scanFrom = start;
        boolean tooLong = false;
        while (true) {
            int newline = indexOf((byte) '\n', scanFrom, end);
            if (newline >= 0) {
                setLine(start, newline - start, tooLong);
                start = newline + 1;
                return true;
            }
            if (eof) {
                if (start == end && !tooLong) {
                    return false;
                }
                setLine(start, end - start, tooLong);
                start = end;
                return true;
            }
            if (end - start > maxLineBytes + 1) {
                // Past the limit even if the last byte read is the '\r' of a CRLF.
                tooLong = true;
                start = end;
            }
            scanFrom = end - start;
            fill();
            scanFrom += start;
        }
    }

    private void setLine(int from, int length, boolean tooLong) {
        lineNumber++;
        if (length > 0 && buffer[from + length - 1] == '\r') {
            length--;
        }
        pendingTooLong = tooLong || length > maxLineBytes;
        if (lineNumber == 1 && startsWithByteOrderMark(from, length)) {
            from += 3;
            length -= 3;
        }
        lineStart = from;
        lineLength = length;
    }

    private boolean startsWithByteOrderMark(int from, int length) {
        return length >= 3
                && buffer[from] == (byte) 0xEF
                && buffer[from + 1] == (byte) 0xBB
                && buffer[from + 2] == (byte) 0xBF;
    }

    /** Moves unread bytes to the front, grows the buffer if it is full, and reads more. */
    private void fill() {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, (long) maxLineBytes + 8192));
        }
        try {
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON Lines input after line " + lineNumber, e);
        }
    }

    private int indexOf(byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private boolean blank(int from, int length) {
        for (int i = from; i < from + length; i++) {
            byte c = buffer[i];
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
