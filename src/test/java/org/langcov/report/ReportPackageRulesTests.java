package org.langcov.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The report's two parts, the workbook and the PDF, depend on what they share and not on each other; what they share
 * depends on neither, but for the one entry point that writes both.
 */
@AnalyzeClasses(packages = "org.langcov.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportPackageRulesTests {

	@ArchTest
	static final ArchRule theWorkbookKnowsNothingOfThePdf = noClasses().that()
			.resideInAPackage("org.langcov.report.workbook..").should().dependOnClassesThat()
			.resideInAPackage("org.langcov.report.pdf..");

	@ArchTest
	static final ArchRule thePdfKnowsNothingOfTheWorkbook = noClasses().that()
			.resideInAPackage("org.langcov.report.pdf..").should().dependOnClassesThat()
			.resideInAPackage("org.langcov.report.workbook..");

	@ArchTest
	static final ArchRule whatBothShareDependsOnNeitherButForTheEntryPoint = noClasses().that()
			.resideInAPackage("org.langcov.report").and().doNotHaveSimpleName("ReportFiles").should()
			.dependOnClassesThat().resideInAnyPackage("org.langcov.report.workbook..", "org.langcov.report.pdf..",
					"org.langcov.report.json..", "org.langcov.report.html..");

	@ArchTest
	static final ArchRule theJsonKnowsNothingOfTheOtherReports = noClasses().that()
			.resideInAPackage("org.langcov.report.json..").should().dependOnClassesThat().resideInAnyPackage(
					"org.langcov.report.workbook..", "org.langcov.report.pdf..", "org.langcov.report.html..");

	@ArchTest
	static final ArchRule thePageKnowsNothingOfTheOtherReports = noClasses().that()
			.resideInAPackage("org.langcov.report.html..").should().dependOnClassesThat().resideInAnyPackage(
					"org.langcov.report.workbook..", "org.langcov.report.pdf..", "org.langcov.report.json..");

	@ArchTest
	static final ArchRule theOtherReportsKnowNothingOfThePage = noClasses().that()
			.resideInAnyPackage("org.langcov.report.workbook..", "org.langcov.report.pdf..").should()
			.dependOnClassesThat().resideInAPackage("org.langcov.report.html..");

}
