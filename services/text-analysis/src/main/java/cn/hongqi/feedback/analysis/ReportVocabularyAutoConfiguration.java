package cn.hongqi.feedback.analysis;

import cn.hongqi.feedback.reportlog.PublishedReports;
import cn.hongqi.feedback.reportlog.ReportLogAutoConfiguration;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * In a service that segments text and reads the report log (the indexer, the staff search), every
 * report version's quoted terms join the dictionary as soon as the version is read, so comments
 * and queries that quote 放管服 meet on the same word.
 */
@AutoConfiguration(after = ReportLogAutoConfiguration.class)
@ConditionalOnClass(PublishedReports.class)
public class ReportVocabularyAutoConfiguration {

    @Bean
    @ConditionalOnBean(PublishedReports.class)
    InitializingBean reportVocabulary(PublishedReports reports) {
        return () -> reports.follow(version -> ChineseSegmenter.learn(ReportTerms.in(version.report().text())));
    }
}
