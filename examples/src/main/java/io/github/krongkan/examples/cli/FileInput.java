package io.github.krongkan.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Opens the files named on the command line, {@code -} being standard input, and says plainly why
 * one cannot be opened: no such file, permission denied, a directory, or a name this system cannot
 * encode (a Thai file name under {@code LANG=C}).
 */
final class FileInput {
    /** The name that stands for standard input. */
    static final String STDIN = "-";

    private FileInput() {}

    /** A file that cannot be opened, read or written; the message says why, without the file name. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        Problem(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Opens a file named on the command line for reading.
     *
     * @param name  the name as given, {@code -} for standard input
     * @param stdin standard input; never closed by closing the returned stream
     * @return the stream, to be closed
     * @throws Problem if the file cannot be opened; the message says why
     */
    static InputStream open(String name, InputStream stdin) throws Problem {
        if (name.equals(STDIN)) {
            return new FilterInputStream(stdin) {
                @Override
                public void close() {
                    // Standard input stays open for whoever runs the tool in process.
                }
            };
        }
        Path file = path(name);
        if (Files.isDirectory(file)) {
            throw new Problem("cannot read the file: it is a directory");
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new Problem("cannot read the file: " + reason(e));
        }
    }

    /**
     * A file name as a path.
     *
     * @param name the name as given
     * @return the path
     * @throws Problem if this system cannot represent the name
     */
    static Path path(String name) throws Problem {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            if (name.indexOf('\0') >= 0) {
                throw new Problem("the file name contains a NUL character, which no file name may contain");
            }
            throw new Problem("the file name has characters that this system's file-name encoding ("
                    + System.getProperty("sun.jnu.encoding", "unknown")
                    + ") cannot represent; run with a UTF-8 locale (e.g. LANG=C.UTF-8),"
                    + " or give the file on standard input as -");
        }
    }

    /**
     * Why a file could not be read, for the message of a command.
     *
     * @param e the failure: an {@link IOException}, or an {@link UncheckedIOException} around one
     * @return e.g. {@code cannot read the file: Input/output error}
     */
    static String cannotRead(Exception e) {
        IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        return "cannot read the file: " + reason(cause);
    }

    /**
     * Why an input or output operation failed, in a few plain words.
     *
     * @param e the failure
     * @return e.g. {@code no such file}, {@code permission denied}, {@code No space left on device}
     */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
