package org.classcruncher.account.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.classcruncher.account.entity.Role;
import org.junit.jupiter.api.Test;

class CallerTest {

    private final Caller riverside = new Caller("ann", Role.SCHOOL, Set.of("riverside"));
    private final Caller district = new Caller("dora", Role.DISTRICT_ADMIN, Set.of());

    @Test
    void aSchoolUserActsForTheirOwnSchoolsOnly() {
        assertThat(riverside.mayActFor("riverside")).isTrue();
        assertThat(riverside.mayActFor("hillside")).isFalse();
        assertThat(riverside.mayActFor(null)).as("district work").isFalse();
    }

    @Test
    void aDistrictAdminActsForEverySchoolAndForTheDistrict() {
        assertThat(district.mayActFor("hillside")).isTrue();
        assertThat(district.mayActFor(null)).isTrue();
    }

    @Test
    void onlyADistrictAdminPassesTheAdminCheck() {
        district.requireDistrictAdmin("manage accounts");
        assertThatThrownBy(() -> riverside.requireDistrictAdmin("manage accounts"))
                .isInstanceOf(NotPermitted.class)
                .hasMessage("Only a district admin may manage accounts.");
    }
}
