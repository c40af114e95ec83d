package io.github.krongkan.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.krongkan.document.Fields;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.project.Portfolio;
import io.github.krongkan.project.Project;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.List;

/**
 * A krongkan document as {@code check} and {@code report} read it: a project document, or a
 * portfolio document ({@code {"format": "krongkan/1", "offices": [...], "projects": [...]}}) whose
 * projects are checked and reported one by one.
 *
 * @param projects  the projects: one for a project document, those of the portfolio otherwise
 * @param portfolio the portfolio, {@code null} for a project document
 */
record Document(List<Project> projects, Portfolio portfolio) {
    /** How much of the start of a document is looked at to tell a portfolio from a project. */
    private static final int PEEK_BYTES = 64 * 1024;

    private static final JsonFactory PEEK = new JsonFactory();

    /**
     * Whether this is a portfolio document.
     *
     * @return {@code true} for a portfolio
     */
    boolean isPortfolio() {
        return portfolio != null;
    }

    /**
     * The JSON pointer of a project inside this document.
     *
     * @param index the project's index in {@link #projects()}
     * @return {@code ""} in a project document, {@code /projects/<index>} in a portfolio
     */
    String pointer(int index) {
        return isPortfolio() ? "/projects/" + index : "";
    }

    /**
     * Reads a document of either kind. The first member after {@code "format"} tells them apart: a
     * portfolio has only {@code offices} and {@code projects}, which no project has. The stream is
     * read to its end and not closed.
     *
     * @param in the UTF-8 bytes
     * @return the document
     * @throws io.github.krongkan.json.KrongkanJsonException if it is not a valid document of its kind
     * @throws IOException                                   if the stream cannot be read
     */
    static Document read(InputStream in) throws IOException {
        byte[] start = in.readNBytes(PEEK_BYTES);
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(start), in);
        if (looksLikePortfolio(start)) {
            Portfolio portfolio = KrongkanJson.readPortfolio(whole);
            return new Document(portfolio.projects(), portfolio);
        }
        return new Document(List.of(KrongkanJson.readProject(whole)), null);
    }

    private static boolean looksLikePortfolio(byte[] start) {
        try (JsonParser p = PEEK.createParser(start)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                if (!name.equals(Fields.FORMAT)) {
                    return name.equals(Fields.PROJECTS) || name.equals(Fields.OFFICES);
                }
                p.nextToken();
                p.skipChildren();
            }
            return false;
        } catch (IOException | RuntimeException e) {
            // Not JSON, or cut off by the peek: the project reader says what is wrong, or reads the rest.
            return false;
        }
    }
}
