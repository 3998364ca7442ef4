package id.go.kpu.eppid.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginBackingTest {

    @Test
    void returnsOnlyIntoTheStaffArea() {
        assertEquals("/staff/request.xhtml?id=5", LoginBacking.safeTarget("/staff/request.xhtml?id=5"));
        assertEquals("/staff/home.xhtml", LoginBacking.safeTarget(null));
        assertEquals("/staff/home.xhtml", LoginBacking.safeTarget("https://evil.example/staff/"));
        assertEquals("/staff/home.xhtml", LoginBacking.safeTarget("//evil.example/staff/"));
        assertEquals("/staff/home.xhtml", LoginBacking.safeTarget("/staff//evil"));
        assertEquals("/staff/home.xhtml", LoginBacking.safeTarget("/index.xhtml"));
    }
}
