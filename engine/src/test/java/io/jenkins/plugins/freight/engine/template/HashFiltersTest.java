package io.jenkins.plugins.freight.engine.template;

import static io.jenkins.plugins.freight.engine.template.Fixtures.eval;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Md5 and the Sha family, with encodings and digest sizes. */
class HashFiltersTest {

    private static final String FOX = "The quick brown fox jumps over the lazy dog";
    private static final String FOX64 =
            "VGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZw==";

    @ParameterizedTest
    @CsvSource({
        "Md5,'',d41d8cd98f00b204e9800998ecf8427e",
        "Md5,The quick brown fox jumps over the lazy dog,9e107d9d372bb6826bd81d3542a419d6",
        "Md5 3,The quick brown fox jumps over the lazy dog,9e107d",
        "Md5 unicode,The quick brown fox jumps over the lazy dog,b0986ae6ee1eefee8a4a399090126837",
        "Md5 base64," + FOX64 + ",9e107d9d372bb6826bd81d3542a419d6",
        "Md5 utf-8 5,'',d41d8cd98f",
        "Md5 5 utf-8,'',d41d8cd98f",
        "Md5 800,'',d41d8cd98f00b204e9800998ecf8427e",
        "Sha1,The quick brown fox jumps over the lazy dog,2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
        "Sha1 unicode,The quick brown fox jumps over the lazy dog,bd136cb58899c93173c33a90dde95ead0d0cf6df",
        "Sha256,'',e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "Sha256 4,'',e3b0c442",
        "Sha256 base64,"
                + FOX64
                + ",d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592",
        "Sha384 4,'',38b060a7",
        "Sha512 unicode 3,'',cf83e1",
    })
    void digestsAreLowerCaseHex(String filter, String value, String expected) {
        assertThat(eval("#{foo | " + filter + "}", "foo", value)).isEqualTo(expected);
        assertThat(FOX).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "Md5 -1",
        "Md5 0",
        "Md5 bar",
        "Md5 utf8 0",
        "Md5 0 utf8",
        "Md5 bar 12",
        "Md5 12 bar",
        "Md5 utf8 12 extra",
        "Sha256 base64",
        "Sha512 12 utf8 extra",
    })
    void invalidOptionsLeaveTheTokenEchoed(String filter) {
        String template = "#{foo | " + filter + "}";
        assertThat(eval(template, "foo", "bar")).isEqualTo(template);
        assertThat(eval("#{ | " + filter + "}")).isEqualTo("#{ | " + filter + "}");
    }
}
