using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace EduPlan.Search.Core.Indexing;

/// <summary>
/// An index folder read through one memory map per file, as Lucene's MMapDirectory reads it, with inputs that cost nothing to clone.
/// MMapDirectory (Lucene.Net 4.8.0-beta00017) records every clone in a ConditionalWeakTable so that closing a file can cut its clones
/// off; a search clones an input for every term it reads in every segment, and that bookkeeping (a GC handle per clone) was a third of
/// a search's CPU over the 58 texts. Nothing is recorded here: a file's map is released when the last input reading it is collected,
/// so an input read after its index closed still reads the file, never memory handed back.
/// </summary>
public sealed class MappedDirectory(DirectoryInfo path) : FSDirectory(path)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = MappedFile.Open(Path.Combine(Directory.FullName, name));
        return new MappedInput($"MappedInput(path=\"{file.Path}\")", file, 0, file.Length);
    }

    /// <summary>
    /// The maps of a closed index are released by the collector, once the requests that were reading it have ended: asked for a little
    /// later, the collection unmaps them then, rather than at the next full collection, which a busy service may not make for a long time
    /// while an index replaced after an update keeps its old files mapped beside the new ones.
    /// </summary>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _ = Task.Delay(ReleaseDelay).ContinueWith(_ => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false), TaskScheduler.Default);
    }

    private static readonly TimeSpan ReleaseDelay = TimeSpan.FromSeconds(2);

    /// <summary>Slices of one map: a compound file's parts.</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(MappedFile.Open(Path.Combine(Directory.FullName, name)));
    }

    private sealed class Slicer(MappedFile file) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new MappedInput($"MappedInput(slice={sliceDescription} path=\"{file.Path}\")", file, offset, length);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, file.Length);

        protected override void Dispose(bool disposing) { }
    }

    /// <summary>One file mapped whole for reading; unmapped when no input holds it any more.</summary>
    private sealed unsafe class MappedFile
    {
        private readonly MemoryMappedFile? _map;
        private readonly MemoryMappedViewAccessor? _view;

        private MappedFile(string path, long length, MemoryMappedFile? map, MemoryMappedViewAccessor? view)
        {
            Path = path;
            Length = length;
            _map = map;
            _view = view;
            if (view is null) return;
            byte* start = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            Start = start + view.PointerOffset;
        }

        public string Path { get; }
        public long Length { get; }
        public byte* Start { get; }

        public static MappedFile Open(string path)
        {
            // FileNotFoundException for a missing file, as Lucene expects when it probes a commit's files.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length == 0) return new MappedFile(path, 0, null, null); // an empty file cannot be mapped
            var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            try
            {
                return new MappedFile(path, stream.Length, map, map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read));
            }
            catch
            {
                map.Dispose();
                throw;
            }
        }

        ~MappedFile()
        {
            if (_view is null) return;
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _map!.Dispose();
        }
    }

    /// <summary>A window of a mapped file read by pointer. A clone is a copy of the position, over the same map.</summary>
    private sealed unsafe class MappedInput : IndexInput
    {
        private readonly MappedFile _file; // holds the map for as long as this input can read it
        private readonly byte* _start;
        private readonly long _length;
        private long _position;

        public MappedInput(string description, MappedFile file, long offset, long length) : base(description)
        {
            if (offset < 0 || length < 0 || offset > file.Length - length)
                throw new ArgumentException($"slice [{offset}, +{length}) is outside {file.Path} ({file.Length} bytes)");
            _file = file;
            _start = file.Start + offset;
            _length = length;
        }

        public override long Length => _length;
        public override long Position => _position;

        public override void Seek(long pos)
        {
            // Lucene's inputs may stand at their end, not past it.
            if ((ulong)pos > (ulong)_length) throw new EndOfStreamException($"seek past EOF: pos={pos} vs length={_length}: {this}");
            _position = pos;
        }

        public override byte ReadByte()
        {
            if (_position >= _length) throw new EndOfStreamException($"read past EOF: {this}");
            return _start[_position++];
        }

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            if (len > _length - _position) throw new EndOfStreamException($"read past EOF: {this}");
            new ReadOnlySpan<byte>(_start + _position, len).CopyTo(b.AsSpan(offset, len));
            _position += len;
        }

        // Lucene writes its fixed-width numbers big-endian.
        public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(sizeof(short)));
        public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(sizeof(int)));
        public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(sizeof(long)));

        public override void SkipBytes(long numBytes)
        {
            if (numBytes < 0) throw new ArgumentOutOfRangeException(nameof(numBytes), "numBytes must be >= 0");
            Seek(_position + numBytes);
        }

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count > _length - _position) throw new EndOfStreamException($"read past EOF: {this}");
            var bytes = new ReadOnlySpan<byte>(_start + _position, count);
            _position += count;
            return bytes;
        }

        public override object Clone() => MemberwiseClone();

        // The map is the file's, shared with every clone: it goes with the last of them (MappedFile).
        protected override void Dispose(bool disposing) { }
    }
}
