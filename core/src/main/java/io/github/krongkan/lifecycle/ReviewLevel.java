package io.github.krongkan.lifecycle;

/** A level at which a project is proposed, endorsed or approved (ระดับการพิจารณา). */
public enum ReviewLevel {
    /** A school (โรงเรียน). */
    SCHOOL("โรงเรียน"),
    /** A school network or group (เครือข่ายโรงเรียน / กลุ่มโรงเรียน). */
    NETWORK("เครือข่ายโรงเรียน"),
    /** A BMA district office (สำนักงานเขต), its education section or its director. */
    DISTRICT_OFFICE("สำนักงานเขต"),
    /** An OBEC educational service area office (สำนักงานเขตพื้นที่การศึกษา), a group or its director. */
    AREA_OFFICE("สำนักงานเขตพื้นที่การศึกษา"),
    /** A department above the offices, e.g. BMA's Education Department (สำนักการศึกษา). */
    DEPARTMENT("สำนัก / กรม");

    private final String thai;

    ReviewLevel(String thai) {
        this.thai = thai;
    }

    /**
     * The Thai term for this level.
     *
     * @return e.g. {@code สำนักงานเขต} for {@link #DISTRICT_OFFICE}
     */
    public String thai() {
        return thai;
    }
}
