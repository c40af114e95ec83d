package io.github.krongkan.json.codec;

import io.github.krongkan.document.Fields;
import io.github.krongkan.network.Network;
import io.github.krongkan.network.Office;
import io.github.krongkan.network.OfficeKind;
import io.github.krongkan.network.School;
import io.github.krongkan.network.SizeClass;
import java.io.IOException;
import java.util.List;

/** Reads and writes school networks, schools and size classes of the krongkan JSON format. */
final class NetworkJson {
    private NetworkJson() {}

    static Office office(JsonIn in) {
        Office.Builder b = Office.builder();
        in.object("office (สำนักงานเขต / สพป.)", List.of(Fields.ID, Fields.NAME, Fields.KIND), name -> {
            switch (name) {
                case Fields.ID -> b.id(in.text("id"));
                case Fields.NAME -> b.name(in.text("name"));
                case Fields.KIND -> b.kind(in.enumValue("kind", OfficeKind.class));
                case Fields.NETWORKS -> b.addAllNetworks(in.array("networks", () -> network(in)));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("office", b::build);
    }

    static Network network(JsonIn in) {
        Network.Builder b = Network.builder();
        in.object("network (เครือข่ายโรงเรียน)", List.of(Fields.ID, Fields.OFFICE_ID), name -> {
            switch (name) {
                case Fields.ID -> b.id(in.text("id"));
                case Fields.NUMBER -> b.number(in.integer("number"));
                case Fields.NAME -> b.name(in.text("name"));
                case Fields.OFFICE_ID -> b.officeId(in.text("officeId"));
                case Fields.COORDINATOR_SCHOOL_ID -> b.coordinatorSchoolId(in.text("coordinatorSchoolId"));
                case Fields.SCHOOLS -> b.addAllSchools(in.array("schools", () -> school(in)));
                case Fields.SCHOOL_COUNT -> b.schoolCount(in.integer("schoolCount (จำนวนโรงเรียน)"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("network", b::build);
    }

    static School school(JsonIn in) {
        School.Builder b = School.builder();
        in.object("school (โรงเรียน)", List.of(Fields.ID, Fields.NAME), name -> {
            switch (name) {
                case Fields.ID -> b.id(in.text("id"));
                case Fields.NAME -> b.name(in.text("name"));
                case Fields.ENROLMENT -> b.enrolment(in.integer("enrolment"));
                case Fields.STATED_SIZE_CLASS -> b.statedSizeClass(sizeClass(in));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return in.build("school", b::build);
    }

    static SizeClass sizeClass(JsonIn in) {
        SizeClass.Builder b = SizeClass.builder();
        in.object(
                "size class (ขนาดโรงเรียน)",
                List.of(Fields.ENGLISH_LABEL, Fields.THAI_LABEL, Fields.MIN_ENROLMENT),
                name -> {
                    switch (name) {
                        case Fields.ENGLISH_LABEL -> b.englishLabel(in.text("englishLabel"));
                        case Fields.THAI_LABEL -> b.thaiLabel(in.text("thaiLabel"));
                        case Fields.MIN_ENROLMENT -> b.minEnrolment(in.integer("minEnrolment"));
                        case Fields.MAX_ENROLMENT -> b.maxEnrolment(in.integer("maxEnrolment"));
                        default -> {
                            return false;
                        }
                    }
                    return true;
                });
        return in.build("size class", b::build);
    }

    // ---------------------------------------------------------------- writing

    static void office(JsonOut out, Office o) throws IOException {
        out.startObject();
        out.text(Fields.ID, o.id());
        out.text(Fields.NAME, o.name());
        out.enumValue(Fields.KIND, o.kind());
        out.array(Fields.NETWORKS, o.networks(), NetworkJson::network);
        out.endObject();
    }

    static void network(JsonOut out, Network n) throws IOException {
        out.startObject();
        out.text(Fields.ID, n.id());
        out.integer(Fields.NUMBER, n.number());
        out.text(Fields.NAME, n.name());
        out.text(Fields.OFFICE_ID, n.officeId());
        out.text(Fields.COORDINATOR_SCHOOL_ID, n.coordinatorSchoolId());
        out.array(Fields.SCHOOLS, n.schools(), NetworkJson::school);
        out.integer(Fields.SCHOOL_COUNT, n.schoolCount());
        out.endObject();
    }

    private static void school(JsonOut out, School s) throws IOException {
        out.startObject();
        out.text(Fields.ID, s.id());
        out.text(Fields.NAME, s.name());
        out.integer(Fields.ENROLMENT, s.enrolment());
        out.optional(Fields.STATED_SIZE_CLASS, s.statedSizeClass(), NetworkJson::sizeClass);
        out.endObject();
    }

    static void sizeClass(JsonOut out, SizeClass c) throws IOException {
        out.startObject();
        out.text(Fields.ENGLISH_LABEL, c.englishLabel());
        out.text(Fields.THAI_LABEL, c.thaiLabel());
        out.integer(Fields.MIN_ENROLMENT, c.minEnrolment());
        out.integer(Fields.MAX_ENROLMENT, c.maxEnrolment());
        out.endObject();
    }
}
