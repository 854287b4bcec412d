namespace EduPlan.Search.Tests.Http;

/// <summary>The real service over the testers' directives (Data/testers), two of them from Kon Tum.</summary>
public sealed class TestersFixture() : ServiceFixture(TestPaths.Testers);

[CollectionDefinition(Name)]
public sealed class TestersCollection : ICollectionFixture<TestersFixture>
{
    public const string Name = "testers";
}
