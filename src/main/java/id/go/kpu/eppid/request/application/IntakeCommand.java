package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.request.domain.ApplicantType;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.DeliveryMethod;
import id.go.kpu.eppid.request.domain.IdType;
import id.go.kpu.eppid.request.domain.ObtainMethod;
import id.go.kpu.eppid.request.domain.RequestKind;
import java.util.Locale;

/**
 * What an applicant (or staff on their behalf) submits: the request form's fields as typed (REQ-2, CON-2).
 * {@link RequestIntake} validates and normalises them. The field names are the ones error messages refer to.
 *
 * @param submissionKey a key unique to one filled-in form; submitting it twice registers one request
 * @param locale the applicant's language, for the confirmation mail
 */
public record IntakeCommand(
        Long officeId,
        RequestKind kind,
        Channel channel,
        String submissionKey,
        ApplicantType applicantType,
        String name,
        String institutionName,
        IdType idType,
        String idNumber,
        String address,
        String occupation,
        String phone,
        String email,
        String subject,
        String purpose,
        ObtainMethod obtainMethod,
        DeliveryMethod deliveryMethod,
        String informationSource,
        boolean consent,
        Locale locale) {
}
