package org.mailspec.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pop3ResponseCodeTest {

    /** RFC 2449 section 8: "the response codes are hierarchical", levels separated by "/". */
    @ParameterizedTest(name = "[{0}] within [{1}]: {2}")
    @CsvSource({
        "SYS/TEMP,SYS,true",
        "SYS/TEMP,SYS/TEMP,true",
        "sys/temp,SYS,true",
        "SYS,SYS/TEMP,false",
        "SYS/PERM,SYS/TEMP,false",
        "IN-USE,IN-USE,true",
        "AUTH,IN-USE,false",
        "SYSTEM,SYS,false",
    })
    void aCodeIsWithinItsGeneralCodes(String code, String general, boolean within) {
        assertThat(Pop3ResponseCode.of(code).isWithin(Pop3ResponseCode.of(general))).isEqualTo(within);
    }
}
