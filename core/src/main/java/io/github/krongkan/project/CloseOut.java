package io.github.krongkan.project;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.document.Fields;
import io.github.krongkan.internal.Require;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The close-out of a project (ผลการดำเนินงาน / สรุปผลการดำเนินโครงการ): what it achieved, the
 * problems and obstacles met, suggestions and lessons, and the evidence it offers. The period the
 * project actually ran stays in {@link Project#actualPeriod()}, the money in {@link Project#ledger()}.
 *
 * <p>Seed 003 (7. ผลการดำเนินงาน, 8. ปัญหา อุปสรรคและข้อเสนอแนะ) and seed 004 (7. ผลสำเร็จ…, 8.
 * ปัญหา/อุปสรรค, 9. แนวทางแก้ไข/ข้อเสนอแนะ, 10. เอกสารอ้างอิง and the photos) are close-outs:
 *
 * <pre>{@code
 * CloseOut closeOut = CloseOut.builder()
 *         .addResults(CloseOutResult.of(TargetKind.QUANTITATIVE, "โรงเรียน 71 โรงเรียน เป็นสมาชิกกลุ่มโรงเรียน ทุกโรงเรียน"))
 *         .addSuggestions("ควรส่งเสริมให้กลุ่มโรงเรียนมีกิจกรรมพัฒนาทางวิชาการให้ชัดเจนและเป็นรูปธรรมมากยิ่งขึ้น")
 *         .build();
 * }</pre>
 *
 * <p>Texts are kept as written, including a lone {@code -} or {@code ไม่มี} where the form says
 * there was nothing, as progress reports keep them.
 */
@Value.Immutable
public abstract class CloseOut {
    CloseOut() {}

    /**
     * The date of the close-out report, if given.
     *
     * @return the date
     */
    public abstract Optional<LocalDate> date();

    /**
     * The results (ผลการดำเนินงาน / ผลสำเร็จ) in document order: per objective, per indicator or
     * overall, quantitative or qualitative.
     *
     * @return the results, possibly empty
     */
    public abstract List<CloseOutResult> results();

    /**
     * The problems and obstacles met (ปัญหา / อุปสรรค), one item each, as written.
     *
     * @return the problems, possibly empty
     */
    public abstract List<String> problems();

    /**
     * The suggestions and remedies (ข้อเสนอแนะ / แนวทางแก้ไข), as written.
     *
     * @return the suggestions, possibly empty
     */
    public abstract List<String> suggestions();

    /**
     * The lessons learned (บทเรียนที่ได้รับ), as written.
     *
     * @return the lessons, possibly empty
     */
    public abstract List<String> lessons();

    /**
     * The evidence the close-out refers to (ภาพกิจกรรม, เอกสารอ้างอิง), in document order.
     *
     * @return the evidence references, possibly empty
     */
    public abstract List<Evidence> evidence();

    /**
     * A builder for a close-out.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link CloseOut}; {@code build()} validates it.
     *
     * <p>Every attribute is optional or a list; {@code build()} throws {@link
     * IllegalArgumentException} if a problem, suggestion or lesson is blank.
     */
    public static final class Builder extends ImmutableCloseOut.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        notBlank(problems(), Fields.PROBLEMS);
        notBlank(suggestions(), Fields.SUGGESTIONS);
        notBlank(lessons(), Fields.LESSONS);
    }

    private static void notBlank(List<String> texts, String field) {
        for (int i = 0; i < texts.size(); i++) {
            Require.notBlank(
                    texts.get(i), DocumentPath.root().field(field).index(i).toString());
        }
    }
}
