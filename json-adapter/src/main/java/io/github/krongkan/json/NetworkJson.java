package io.github.krongkan.json;

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
        in.object("office (สำนักงานเขต / สพป.)", List.of("id", "name", "kind"), name -> {
            switch (name) {
                case "id":
                    b.id(in.text("id"));
                    return true;
                case "name":
                    b.name(in.text("name"));
                    return true;
                case "kind":
                    b.kind(in.enumValue("kind", OfficeKind.class));
                    return true;
                case "networks":
                    b.addAllNetworks(in.array("networks", () -> network(in)));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("office", b::build);
    }

    static Network network(JsonIn in) {
        Network.Builder b = Network.builder();
        in.object("network (เครือข่ายโรงเรียน)", List.of("id", "officeId"), name -> {
            switch (name) {
                case "id":
                    b.id(in.text("id"));
                    return true;
                case "number":
                    b.number(in.integer("number"));
                    return true;
                case "name":
                    b.name(in.text("name"));
                    return true;
                case "officeId":
                    b.officeId(in.text("officeId"));
                    return true;
                case "coordinatorSchoolId":
                    b.coordinatorSchoolId(in.text("coordinatorSchoolId"));
                    return true;
                case "schools":
                    b.addAllSchools(in.array("schools", () -> school(in)));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("network", b::build);
    }

    static School school(JsonIn in) {
        School.Builder b = School.builder();
        in.object("school (โรงเรียน)", List.of("id", "name"), name -> {
            switch (name) {
                case "id":
                    b.id(in.text("id"));
                    return true;
                case "name":
                    b.name(in.text("name"));
                    return true;
                case "enrolment":
                    b.enrolment(in.integer("enrolment"));
                    return true;
                case "statedSizeClass":
                    b.statedSizeClass(sizeClass(in));
                    return true;
                default:
                    return false;
            }
        });
        return in.build("school", b::build);
    }

    static SizeClass sizeClass(JsonIn in) {
        SizeClass.Builder b = SizeClass.builder();
        in.object("size class (ขนาดโรงเรียน)", List.of("englishLabel", "thaiLabel", "minEnrolment"), name -> {
            switch (name) {
                case "englishLabel":
                    b.englishLabel(in.text("englishLabel"));
                    return true;
                case "thaiLabel":
                    b.thaiLabel(in.text("thaiLabel"));
                    return true;
                case "minEnrolment":
                    b.minEnrolment(in.integer("minEnrolment"));
                    return true;
                case "maxEnrolment":
                    b.maxEnrolment(in.integer("maxEnrolment"));
                    return true;
                default:
                    return false;
            }
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

    private static void sizeClass(JsonOut out, SizeClass c) throws IOException {
        out.startObject();
        out.text(Fields.ENGLISH_LABEL, c.englishLabel());
        out.text(Fields.THAI_LABEL, c.thaiLabel());
        out.integer(Fields.MIN_ENROLMENT, c.minEnrolment());
        out.integer(Fields.MAX_ENROLMENT, c.maxEnrolment());
        out.endObject();
    }
}
