package id.go.kpu.eppid.letter.domain;

/**
 * The agenda number of an incoming letter: sequential per office and year, e.g. {@code 0042/SM/5371/2026}
 * (SM = surat masuk). Issued from the office's locked counter, without gaps.
 */
public record AgendaNumber(int sequence, String officeCode, int year) {

    @Override
    public String toString() {
        return String.format("%04d/SM/%s/%d", sequence, officeCode, year);
    }
}
