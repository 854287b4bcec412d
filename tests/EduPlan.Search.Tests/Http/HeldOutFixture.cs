namespace EduPlan.Search.Tests.Http;

/// <summary>The real service over the twenty-seven held-out directives (Data/heldout), which the engine was not tuned on.</summary>
public sealed class HeldOutFixture() : ServiceFixture(TestPaths.HeldOut);

[CollectionDefinition(Name)]
public sealed class HeldOutCollection : ICollectionFixture<HeldOutFixture>
{
    public const string Name = "held-out";
}
