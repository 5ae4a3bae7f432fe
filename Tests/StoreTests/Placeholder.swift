import Testing

@Test func storePlaceholder() {}
