package io.github.krongkan.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.krongkan.check.Finding;
import io.github.krongkan.document.Fields;
import io.github.krongkan.json.KrongkanJson;
import io.github.krongkan.lifecycle.ProjectRecord;
import io.github.krongkan.project.Portfolio;
import io.github.krongkan.project.Project;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.List;

/**
 * A krongkan document as {@code check} and {@code report} read it: a project document, a
 * portfolio document ({@code {"format": "krongkan/1", "offices": [...], "projects": [...]}}) whose
 * projects are checked and reported one by one, or a record document ({@code {"format":
 * "krongkan/1", "versions": [...], "history": [...]}}), whose current version stands for the project.
 *
 * @param projects  the projects: one for a project or record document, those of the portfolio otherwise
 * @param portfolio the portfolio, {@code null} for a project or record document
 * @param record    the record, {@code null} for a project or portfolio document
 */
record Document(List<Project> projects, Portfolio portfolio, ProjectRecord record) {
    /** The first members after {@code "format"} that only a record document has. */
    private static final List<String> RECORD_MEMBERS = List.of(
            Fields.ID,
            Fields.WORKFLOW,
            Fields.NETWORK_ID,
            Fields.INITIAL_STAGE,
            Fields.VERSIONS,
            Fields.HISTORY,
            Fields.CHILDREN);

    /** What a document is, as its first member after {@code "format"} tells. */
    private enum Kind {
        PROJECT,
        PORTFOLIO,
        RECORD
    }

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
     * Whether this is a record document.
     *
     * @return {@code true} for a record
     */
    boolean isRecord() {
        return record != null;
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
     * The findings of one project with their pointers into this document.
     *
     * @param index    the project's index in {@link #projects()}
     * @param findings what a check found in that project, pointers relative to the project
     * @return the findings, pointers prefixed with {@link #pointer(int)}
     */
    List<Finding> inDocument(int index, List<Finding> findings) {
        String pointer = pointer(index);
        if (pointer.isEmpty()) {
            return findings;
        }
        return findings.stream()
                .map(f -> Finding.builder().from(f).path(pointer + f.path()).build())
                .toList();
    }

    /**
     * Reads a document of any kind. The first member after {@code "format"} tells them apart: a
     * portfolio has only {@code offices} and {@code projects}, a record starts with {@code id},
     * {@code workflow}, {@code networkId}, {@code initialStage}, {@code versions}, {@code history} or {@code children},
     * none of which a project has. The stream is read to its end and not closed.
     *
     * @param in the UTF-8 bytes
     * @return the document
     * @throws io.github.krongkan.json.KrongkanJsonException if it is not a valid document of its kind
     * @throws IOException                                   if the stream cannot be read
     */
    static Document read(InputStream in) throws IOException {
        byte[] start = in.readNBytes(PEEK_BYTES);
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(start), in);
        switch (kind(start)) {
            case PORTFOLIO -> {
                Portfolio portfolio = KrongkanJson.readPortfolio(whole);
                return new Document(portfolio.projects(), portfolio, null);
            }
            case RECORD -> {
                ProjectRecord record = KrongkanJson.readRecord(whole);
                return new Document(List.of(record.current().project()), null, record);
            }
            default -> {
                return new Document(List.of(KrongkanJson.readProject(whole)), null, null);
            }
        }
    }

    private static Kind kind(byte[] start) {
        try (JsonParser p = PEEK.createParser(start)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Kind.PROJECT;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                if (!name.equals(Fields.FORMAT)) {
                    if (RECORD_MEMBERS.contains(name)) {
                        return Kind.RECORD;
                    }
                    return name.equals(Fields.PROJECTS) || name.equals(Fields.OFFICES) ? Kind.PORTFOLIO : Kind.PROJECT;
                }
                p.nextToken();
                p.skipChildren();
            }
            return Kind.PROJECT;
        } catch (IOException | RuntimeException e) {
            // Not JSON, or cut off by the peek: the project reader says what is wrong, or reads the rest.
            return Kind.PROJECT;
        }
    }
}
