package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonGenerator;
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

    static void write(JsonGenerator g, Office o) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", o.id());
        g.writeStringField("name", o.name());
        g.writeStringField("kind", JsonNames.of(o.kind()));
        if (!o.networks().isEmpty()) {
            g.writeArrayFieldStart("networks");
            for (Network n : o.networks()) {
                write(g, n);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
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

    static void write(JsonGenerator g, Network n) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", n.id());
        if (n.number().isPresent()) {
            g.writeNumberField("number", n.number().get());
        }
        if (n.name().isPresent()) {
            g.writeStringField("name", n.name().get());
        }
        g.writeStringField("officeId", n.officeId());
        if (n.coordinatorSchoolId().isPresent()) {
            g.writeStringField("coordinatorSchoolId", n.coordinatorSchoolId().get());
        }
        if (!n.schools().isEmpty()) {
            g.writeArrayFieldStart("schools");
            for (School s : n.schools()) {
                write(g, s);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void write(JsonGenerator g, School s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("name", s.name());
        if (s.enrolment().isPresent()) {
            g.writeNumberField("enrolment", s.enrolment().get());
        }
        if (s.statedSizeClass().isPresent()) {
            SizeClass c = s.statedSizeClass().get();
            g.writeObjectFieldStart("statedSizeClass");
            g.writeStringField("englishLabel", c.englishLabel());
            g.writeStringField("thaiLabel", c.thaiLabel());
            g.writeNumberField("minEnrolment", c.minEnrolment());
            if (c.maxEnrolment().isPresent()) {
                g.writeNumberField("maxEnrolment", c.maxEnrolment().get());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
