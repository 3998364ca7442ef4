package id.go.kpu.eppid.survey.domain;

/**
 * The nine elements of the community satisfaction survey (REQ-10, LAW-5: PermenPAN-RB 14/2017), each stored with its
 * code and official name so that a response keeps its meaning whatever order a form shows them in.
 */
public enum SurveyElement {
    U1("Persyaratan"),
    U2("Sistem, Mekanisme, dan Prosedur"),
    U3("Waktu Penyelesaian"),
    U4("Biaya/Tarif"),
    U5("Produk Spesifikasi Jenis Pelayanan"),
    U6("Kompetensi Pelaksana"),
    U7("Perilaku Pelaksana"),
    U8("Penanganan Pengaduan, Saran dan Masukan"),
    U9("Sarana dan Prasarana");

    /** The lowest and highest score of the regulation's scale. */
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 4;

    private final String officialName;

    SurveyElement(String officialName) {
        this.officialName = officialName;
    }

    /** The code, U1 … U9. */
    public String code() {
        return name();
    }

    /** The element's name as the regulation writes it (stored with each answer). */
    public String officialName() {
        return officialName;
    }
}
