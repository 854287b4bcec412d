using System.Xml;
using EduPlan.Search.Core.Citations;

namespace EduPlan.Search.Api;

/// <summary>GraphML export (opens in Gephi and yEd): nodes with label, kind, scope; edges with relation and count.</summary>
public static class GraphMl
{
    public static string Write(IReadOnlyList<Instrument> nodes, IReadOnlyList<CitationEdge> edges, CitationGraph graph)
    {
        // Written as UTF-8 bytes, so the declaration says utf-8 like the response does (a StringWriter declares utf-16).
        var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) }))
        {
            const string ns = "http://graphml.graphdrawing.org/xmlns";
            xml.WriteStartElement("graphml", ns);
            foreach (var (id, target, name, type) in new[]
                     {
                         ("label", "node", "label", "string"), ("kind", "node", "kind", "string"), ("scope", "node", "scope", "string"),
                         ("documentId", "node", "documentId", "string"), ("citedByCount", "node", "citedByCount", "int"),
                         ("relation", "edge", "relation", "string"), ("count", "edge", "count", "int"),
                     })
            {
                xml.WriteStartElement("key", ns);
                xml.WriteAttributeString("id", id);
                xml.WriteAttributeString("for", target);
                xml.WriteAttributeString("attr.name", name);
                xml.WriteAttributeString("attr.type", type);
                xml.WriteEndElement();
            }
            xml.WriteStartElement("graph", ns);
            xml.WriteAttributeString("id", "citations");
            xml.WriteAttributeString("edgedefault", "directed");
            foreach (var n in nodes)
            {
                xml.WriteStartElement("node", ns);
                xml.WriteAttributeString("id", n.Key);
                Data(xml, "label", n.Label);
                Data(xml, "kind", n.Kind);
                Data(xml, "scope", n.Scope);
                if (n.DocumentId is not null) Data(xml, "documentId", n.DocumentId);
                Data(xml, "citedByCount", graph.CitedByCount(n.Key).ToString());
                xml.WriteEndElement();
            }
            var i = 0;
            foreach (var e in edges)
            {
                xml.WriteStartElement("edge", ns);
                xml.WriteAttributeString("id", $"e{i++}");
                xml.WriteAttributeString("source", e.Source);
                xml.WriteAttributeString("target", e.Target);
                Data(xml, "relation", e.Relation);
                Data(xml, "count", e.Count.ToString());
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return System.Text.Encoding.UTF8.GetString(bytes.ToArray());

        static void Data(XmlWriter xml, string key, string value)
        {
            xml.WriteStartElement("data", "http://graphml.graphdrawing.org/xmlns");
            xml.WriteAttributeString("key", key);
            xml.WriteString(value);
            xml.WriteEndElement();
        }
    }
}
