package io.github.krongkan.project;

import io.github.krongkan.document.Fields;
import io.github.krongkan.internal.Require;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A certification (คำรับรอง) at the end of a printed record: a statement that the record is true,
 * and who signed it, in what capacity and position, and when.
 *
 * <p>Seed 001, printed from the BMA tracking system, ends:
 *
 * <pre>
 * ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ
 * ลงชื่อ.....(ผู้รับผิดชอบโครงการ)
 * ตำแหน่ง .....
 * </pre>
 *
 * <p>recorded as the statement, {@link #signedAs() signed as} {@code ผู้รับผิดชอบโครงการ}, with no
 * name and no position because both lines are blank.
 *
 * <p><b>Where it lives.</b> A certification belongs to the project record as a whole ({@link
 * Project#certifications()}), not to one {@link ProgressReport}: the statement certifies "the data
 * in this document" — the header, the targets, the money and every report the system printed
 * together — and it is signed once, under the last report. A form that certifies each report
 * separately is rare; it is recorded as several certifications whose statement names the report.
 * A certification is not an approval: an {@link Approval} decides on the project, a certification
 * vouches for the record of it.
 */
@Value.Immutable
public abstract class Certification {
    Certification() {}

    /**
     * The statement as written (ข้อความรับรอง), e.g. {@code ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ …}.
     *
     * @return the statement, never blank
     */
    public abstract String statement();

    /**
     * The name of the person who signed, as written, if the signature line is filled in.
     *
     * @return the name
     */
    public abstract Optional<String> name();

    /**
     * The capacity the form prints under the signature line, as written (e.g. {@code
     * ผู้รับผิดชอบโครงการ}, {@code ผู้รายงาน}), if any.
     *
     * @return the capacity
     */
    public abstract Optional<String> signedAs();

    /**
     * The signer's position (ตำแหน่ง), if filled in.
     *
     * @return the position
     */
    public abstract Optional<String> position();

    /**
     * The date of the signature, if given.
     *
     * @return the date
     */
    public abstract Optional<LocalDate> date();

    /**
     * A certification whose signature lines are blank.
     *
     * @param statement the statement as written
     * @return the certification
     * @throws IllegalArgumentException if the statement is blank
     */
    public static Certification of(String statement) {
        return builder().statement(statement).build();
    }

    /**
     * A builder for a certification.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Certification}; {@code build()} validates it.
     *
     * <p><b>Required:</b> {@link Certification#statement() statement}. Every other attribute is
     * optional; {@code build()} throws {@link IllegalStateException} if the statement was not set
     * and {@link IllegalArgumentException} if a text is blank.
     */
    public static final class Builder extends ImmutableCertification.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Require.notBlank(statement(), Fields.STATEMENT);
        name().ifPresent(n -> Require.notBlank(n, Fields.NAME));
        signedAs().ifPresent(s -> Require.notBlank(s, Fields.SIGNED_AS));
        position().ifPresent(p -> Require.notBlank(p, Fields.POSITION));
    }
}
