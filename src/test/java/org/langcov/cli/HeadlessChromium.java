package org.langcov.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and its ChromeDriver (packages {@code chromium} and {@code chromium-driver}), headless. Both are
 * given by path, so that Selenium Manager never looks for a browser or a driver on the network.
 */
final class HeadlessChromium {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final String NOT_INSTALLED = "needs Debian's headless Chromium and its driver: "
			+ "apt-get install chromium chromium-driver";

	private HeadlessChromium() {
	}

	static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/** A browser whose window, and so each screenshot, is this size. */
	static ChromeDriver start(int width, int height) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--hide-scrollbars", "--window-size=" + width + "," + height, "--lang=en");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.build();
		return new ChromeDriver(service, options);
	}

}
