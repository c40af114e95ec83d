package io.github.krongkan.network;

/** The kind of office that owns school networks. */
public enum OfficeKind {
    /** A Bangkok Metropolitan Administration district office (สำนักงานเขต). */
    BMA_DISTRICT_OFFICE("สำนักงานเขต"),
    /** An OBEC primary-education area office (สำนักงานเขตพื้นที่การศึกษาประถมศึกษา, สพป.). */
    OBEC_PRIMARY_AREA_OFFICE("สำนักงานเขตพื้นที่การศึกษาประถมศึกษา"),
    /** An OBEC secondary-education area office (สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา, สพม.). */
    OBEC_SECONDARY_AREA_OFFICE("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา"),
    /** Any other unit that owns school networks. */
    OTHER("อื่น ๆ");

    private final String thaiName;

    OfficeKind(String thaiName) {
        this.thaiName = thaiName;
    }

    /**
     * The Thai name of this kind of office, e.g. {@code สำนักงานเขตพื้นที่การศึกษาประถมศึกษา}.
     *
     * @return the Thai name
     */
    public String thaiName() {
        return thaiName;
    }

    /**
     * The short Thai name documents use, e.g. {@code สพป.}.
     *
     * @return the abbreviation, or the full name where none is usual
     */
    public String thaiShortName() {
        return switch (this) {
            case OBEC_PRIMARY_AREA_OFFICE -> "สพป.";
            case OBEC_SECONDARY_AREA_OFFICE -> "สพม.";
            case BMA_DISTRICT_OFFICE, OTHER -> thaiName;
        };
    }
}
