package org.guidepost.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guideline's definition of valid consent: in writing, for this use, not expired on the day. */
class ConsentTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final Communication POST = new Communication("c", "instagram", "post", "clinic", "hi");
    private static final Communication AD = new Communication("c", "facebook", "advertisement", "clinic", "hi");
    private static final Communication PAID = Communication.builder().id("c").channel("facebook").kind("post")
            .account(new Account("clinic", null, null)).text("hi").paid(true).build();

    @Test
    void aPostNeedsSocialMediaScopeAndAnAdvertisementOrPaidPostAdvertisingScope() {
        assertEquals("social-media", POST.getUse());
        assertEquals("advertising", AD.getUse());
        assertEquals("advertising", PAID.getUse());
        Consent social = new Consent(true, true, List.of("social-media"), null);
        assertTrue(social.isValidFor(POST, DAY));
        assertFalse(social.isValidFor(AD, DAY));
        assertFalse(social.isValidFor(PAID, DAY));
        assertTrue(new Consent(true, true, List.of("advertising"), null).isValidFor(PAID, DAY));
    }

    @Test
    void consentMustBeWrittenObtainedAndNotExpired() {
        assertFalse(new Consent(true, false, List.of("social-media"), null).isValidFor(POST, DAY), "verbal only");
        assertFalse(new Consent(false, true, List.of("social-media"), null).isValidFor(POST, DAY), "not obtained");
        assertTrue(new Consent(true, true, List.of("social-media"), "2026-11-25").isValidFor(POST, DAY), "last day");
        assertFalse(new Consent(true, true, List.of("social-media"), "2026-11-24").isValidFor(POST, DAY), "expired");
        assertFalse(Consent.valid(null, POST, DAY));
    }
}
