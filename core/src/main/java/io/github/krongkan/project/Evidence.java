package io.github.krongkan.project;

import io.github.krongkan.document.Fields;
import io.github.krongkan.internal.Require;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A reference to evidence of the work (หลักฐาน): a photo, a reference document, a recording. It names
 * the evidence and may say where it is ({@link #uri()}) and what its bytes are ({@link #sha256()});
 * it never holds the content itself, so a document stays small and a checker can verify a file it
 * is given against the digest.
 *
 * <p>Seed 004 closes with two photos, the first captioned ภาพประกอบการประชุมคณะกรรมการ ก.ต.ป.น.
 * ครั้งที่ 4/2559, วันที่ 15 มิถุนายน 2559:
 *
 * <pre>{@code
 * Evidence photo = Evidence.builder()
 *         .kind(EvidenceKind.PHOTO)
 *         .title("การประชุมคณะกรรมการ ก.ต.ป.น. ครั้งที่ 4/2559 ณ ห้องประชุม สทท/สท ๒")
 *         .date(LocalDate.of(2016, 6, 15))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Evidence {
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-fA-F]{64}");

    Evidence() {}

    /**
     * What the evidence is.
     *
     * @return the kind
     */
    public abstract EvidenceKind kind();

    /**
     * The title or caption as written (e.g. {@code การประชุมคณะกรรมการ ก.ต.ป.น. ครั้งที่ 4/2559}).
     *
     * @return the title, never blank
     */
    public abstract String title();

    /**
     * The date the evidence was made or the event it shows took place, if given.
     *
     * @return the date
     */
    public abstract Optional<LocalDate> date();

    /**
     * Where the evidence can be found, if given: an absolute URI ({@code https://…}, {@code file:…})
     * or a reference relative to the document ({@code photos/ktpn-4-2559.jpg}).
     *
     * @return the URI
     */
    public abstract Optional<URI> uri();

    /**
     * The SHA-256 digest of the evidence's bytes, if given: 64 hexadecimal digits, kept in lower
     * case (a digest given in upper case, as some tools print it, is the same digest).
     *
     * @return the digest
     */
    public abstract Optional<String> sha256();

    /**
     * More about the evidence, as written, if given.
     *
     * @return the description
     */
    public abstract Optional<String> description();

    /**
     * A reference with a kind and a title only.
     *
     * @param kind  what the evidence is
     * @param title the title or caption
     * @return the evidence
     * @throws IllegalArgumentException if the title is blank
     */
    public static Evidence of(EvidenceKind kind, String title) {
        return builder().kind(kind).title(title).build();
    }

    /**
     * A builder for an evidence reference.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Evidence}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link Evidence#kind() kind}, {@link Evidence#title() title}. Every other
     * attribute is optional; {@code build()} throws {@link IllegalStateException} naming each
     * required attribute that was not set, and {@link IllegalArgumentException} for a blank title
     * or a digest that is not 64 hexadecimal digits.
     */
    public static final class Builder extends ImmutableEvidence.Builder {
        Builder() {}
    }

    @Value.Check
    Evidence check() {
        Require.notBlank(title(), Fields.TITLE);
        description().ifPresent(d -> Require.notBlank(d, Fields.DESCRIPTION));
        uri().ifPresent(u -> Require.notBlank(u.toString(), Fields.URI));
        if (sha256().isPresent()) {
            String digest = sha256().get();
            if (!SHA_256.matcher(digest).matches()) {
                throw new IllegalArgumentException(
                        Fields.SHA256 + " must be 64 hexadecimal digits (a SHA-256 digest), not '" + digest + "' ("
                                + digest.length() + " characters)");
            }
            String lower = digest.toLowerCase(Locale.ROOT);
            if (!lower.equals(digest)) {
                return builder().from(this).sha256(lower).build();
            }
        }
        return this;
    }
}
