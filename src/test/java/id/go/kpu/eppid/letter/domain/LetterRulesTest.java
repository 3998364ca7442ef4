package id.go.kpu.eppid.letter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.RequestKind;
import org.junit.jupiter.api.Test;

/** REQ-1, CON-1, seed 004 A.2.1.b: how a letter's channel, type and files carry over to its request. */
class LetterRulesTest {

    @Test
    void agendaNumbersArePaddedPerOfficeAndYear() {
        assertEquals("0042/SM/5371/2026", new AgendaNumber(42, "5371", 2026).toString());
        assertEquals("12345/SM/RI/2027", new AgendaNumber(12345, "RI", 2027).toString());
    }

    @Test
    void whatsAppAndEmailLettersAreTreatedAsLettersAndKeepTheirChannel() {
        assertEquals(Channel.LETTER, LetterChannel.DELIVERED.requestChannel());
        assertEquals(Channel.LETTER, LetterChannel.POST.requestChannel());
        assertEquals(Channel.WHATSAPP, LetterChannel.WHATSAPP.requestChannel());
        assertEquals(Channel.EMAIL, LetterChannel.EMAIL.requestChannel());
        assertTrue(LetterChannel.WHATSAPP.needsSenderContact());
        assertTrue(LetterChannel.EMAIL.needsSenderContact());
        assertFalse(LetterChannel.DELIVERED.needsSenderContact());
    }

    @Test
    void onlyRequestLettersCreateRequestsAndTheirFilesBecomeTheRequestsFiles() {
        assertEquals(RequestKind.INFORMATION, LetterType.INFORMATION_REQUEST.requestKind());
        assertEquals(RequestKind.CONSULTATION, LetterType.CONSULTATION_REQUEST.requestKind());
        assertNull(LetterType.OTHER.requestKind());
        assertEquals(FileKind.REQUEST_LETTER, LetterFileKind.LETTER_SCAN.requestFileKind());
        assertEquals(FileKind.ID_SCAN, LetterFileKind.ID_COPY.requestFileKind());
        assertEquals(FileKind.ATTACHMENT, LetterFileKind.ATTACHMENT.requestFileKind());
    }
}
