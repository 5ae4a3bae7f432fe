import CLibedit

public enum ConsoleVersion { public static let value = "0" }
