package cn.hongqi.feedback.staff.export;

import cn.hongqi.feedback.staff.SeededComments;
import cn.hongqi.feedback.staff.StaffIntegrationTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@StaffIntegrationTest
class ExportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SeededComments seeded;

    @Test
    void theCsvOpensAsChineseInExcelNeutralisesFormulasAndShowsContactsToAdminsWhoAskOnly() throws Exception {
        String marker = SeededComments.uniqueWord();
        seeded.add("3.5", marker + " 加装电梯要公开进度", "13900001111", "new");
        seeded.add("3.5", "=HYPERLINK(\"http://evil\") " + marker);

        byte[] plain = export("/api/v1/staff/comments/export.csv?q=" + marker, admin());
        byte[] withContact = export("/api/v1/staff/comments/export.csv?contact=true&q=" + marker, admin());
        byte[] askedByStaff = export("/api/v1/staff/comments/export.csv?contact=true&q=" + marker, user("reader").roles("STAFF"));

        assertThat(plain).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String csv = new String(plain, StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(3);
        assertThat(csv).contains("\"回执编号\"", "加装电梯要公开进度", "\"'=HYPERLINK(\"\"http://evil\"\") " + marker + "\"")
                .doesNotContain("13900001111", "联系方式");
        assertThat(new String(withContact, StandardCharsets.UTF_8)).contains("联系方式", "13900001111");
        assertThat(new String(askedByStaff, StandardCharsets.UTF_8)).doesNotContain("13900001111");
    }

    @Test
    void theSpreadsheetHoldsEveryFoundCommentBeyondOneBatchInChinese() throws Exception {
        String marker = SeededComments.uniqueWord();
        seeded.addMany("1.2", IntStream.range(0, 1_005).mapToObj(i -> marker + " 第" + i + "条 招商引资要落到实处").toList());

        byte[] xlsx = export("/search/export.xlsx?q=" + marker, user("reader").roles("STAFF"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1_005);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("回执编号");
            List<String> texts = IntStream.rangeClosed(1, 1_005).mapToObj(i -> sheet.getRow(i).getCell(7).getStringCellValue()).toList();
            assertThat(texts).doesNotHaveDuplicates().allMatch(text -> text.contains("招商引资"));
        }
    }

    private byte[] export(String url, RequestPostProcessor who) throws Exception {
        MvcResult started = mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static RequestPostProcessor admin() {
        return httpBasic(SeededComments.STAFF_USER, SeededComments.STAFF_PASSWORD);
    }
}
