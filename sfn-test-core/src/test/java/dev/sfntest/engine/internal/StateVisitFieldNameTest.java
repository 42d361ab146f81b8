package dev.sfntest.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateVisitFieldNameTest {
    @ParameterizedTest
    @CsvSource({"/Assign,Assign", "/Output,Output", "/Catch/1/Output,Catch[1]/Output", "/Catch/12/Assign,Catch[12]/Assign",
        "/Choices/0/Assign,Choices[0]/Assign", "/Choices/x/Assign,Choices/x/Assign", "/Catchy/1,Catchy/1",
        "/Arguments/Catch/1,Arguments/Catch/1"})
    void namesTheFieldAsAwsDoes(String suffix, String expected) {
        assertThat(StateVisit.fieldName(suffix)).isEqualTo(expected);
    }
}
