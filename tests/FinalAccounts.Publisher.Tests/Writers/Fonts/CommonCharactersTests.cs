using FinalAccounts.Publisher.Writers.Fonts;

namespace FinalAccounts.Publisher.Tests.Writers.Fonts;

public sealed class CommonCharactersTests
{
    [Test]
    public void Of_the_ideographs_exactly_the_6763_hanzi_of_GB_2312_are_common()
    {
        var ideographs = Enumerable.Range(0x3400, 0x4DC0 - 0x3400).Concat(Enumerable.Range(0x4E00, 0xA000 - 0x4E00)).Concat(Enumerable.Range(0xF900, 0x200));
        Assert.That(ideographs.Count(CommonCharacters.Contains), Is.EqualTo(6763));
    }

    [TestCase('中'), TestCase('决'), TestCase('算'), TestCase('镑'), TestCase('亍')]
    public void Hanzi_of_GB_2312_levels_one_and_two_are_common(char c) => Assert.That(CommonCharacters.Contains(c), Is.True);

    // 镕 and 啰 are GBK only; 㐀 is Extension A; 가 Hangul; 豈 a compatibility ideograph.
    [TestCase(0x9555), TestCase(0x5570), TestCase(0x3400), TestCase(0xAC00), TestCase(0xF900), TestCase(0x20000)]
    public void Other_ideographs_and_Hangul_are_not(int c) => Assert.That(CommonCharacters.Contains(c), Is.False);

    [Test]
    public void Letters_digits_punctuation_and_symbols_are_common_whatever_their_block()
    {
        const string text = "2024年度部门决算（单位：万元）—①③％‰№×÷≥≤±→★■□…“”‘’《》【】〔〕·、。，；：？！ABCxyzαβγАБВあア";
        Assert.That(CommonCharacters.ContainsAll(text), Is.True);
        Assert.That(CommonCharacters.ContainsAll(text + "镕"), Is.False);
        Assert.That(CommonCharacters.ContainsAll("𠀀"), Is.False, "a supplementary-plane ideograph");
    }
}
