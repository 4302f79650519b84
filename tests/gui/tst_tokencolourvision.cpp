// Colour-blind pupils tell every token apart (issue 14, point 9). The tokens of every palette
// (skin) are rendered as the real palette buttons (TokenButton::grab), and the tap-feedback marks
// of the tap-rhythm result as the real RhythmGridWidget, and the drums of a note row (play-back)
// as the real NoteRowWidget. Each picture is converted through the
// deuteranopia and protanopia simulations of Machado et al. (2009), and every pair of tokens of a
// palette must still differ in a good share of their pixels (a pixel-wise comparison, so two
// tokens of the same shape whose colours look alike are caught even if their mean colours differ
// a little). A second check paints every token of a palette in one and the same grey: they must
// still differ, by shape, label, picture or pattern, so that colour is never the only cue.
//
// With STAGES_SHOT_DIR set, the simulated palettes are saved there as PNGs.

#include "exercises/framework/skinregistry.h"
#include "exercises/framework/view/tokenbutton.h"
#include "exercises/geometry/geometryskins.h"
#include "exercises/music/musicskins.h"
#include "exercises/music/view/drumpadswidget.h"
#include "exercises/music/view/noterowwidget.h"
#include "exercises/music/view/rhythmgridwidget.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <array>
#include <cmath>

using namespace stages;

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

// Machado, G. M., Oliveira, M. M., Fernandes, L. A. F.: "A Physiologically-based Model for
// Simulation of Color Vision Deficiency", IEEE Transactions on Visualization and Computer
// Graphics 15(6), 2009, pp. 1291-1298; matrices for severity 1.0 from the authors' table
// (https://www.inf.ufrgs.br/~oliveira/pubs_files/CVD_Simulation/CVD_Simulation.html), applied to
// linear RGB (sRGB decoded, simulated, encoded again).
constexpr Matrix kProtanopia { { { 0.152286, 1.052583, -0.204868 },
                                 { 0.114503, 0.786281, 0.099216 },
                                 { -0.003882, -0.048116, 1.051998 } } };
constexpr Matrix kDeuteranopia { { { 0.367322, 0.860646, -0.227968 },
                                   { 0.280085, 0.672501, 0.047413 },
                                   { -0.011820, 0.042940, 0.968881 } } };
constexpr Matrix kNormal { { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } } };

/// Two simulated pixels count as different when they are this far apart (Euclidean, sRGB 0-255).
/// Red #D62728 and green #2CA02C come out 30 apart in the deuteranopia simulation.
constexpr double kPixelApart = 40.0;
/// Two tokens stay apart when at least this share of their pixels differ: 0.8% of a 96 px token
/// card is about 80 pixels, a stroke of a label (E and F differ by 1.1%). Colour alone, in the
/// simulation, gives less than 0.1%.
constexpr double kShareApart = 0.008;

constexpr int kTokenSize = 96;

double decode(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

int encode(double linear)
{
    const double c = std::clamp(linear, 0.0, 1.0);
    const double v = c <= 0.0031308 ? c * 12.92 : 1.055 * std::pow(c, 1 / 2.4) - 0.055;
    return int(std::lround(v * 255));
}

QImage simulate(const QImage &source, const Matrix &m)
{
    QImage image = source.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const std::array<double, 3> rgb { decode(qRed(line[x])), decode(qGreen(line[x])), decode(qBlue(line[x])) };
            std::array<int, 3> out {};
            for (size_t i = 0; i < 3; ++i)
                out[i] = encode(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2]);
            line[x] = qRgb(out[0], out[1], out[2]);
        }
    }
    return image;
}

/// The share of pixels in which @p a and @p b differ by more than kPixelApart.
double shareApart(const QImage &a, const QImage &b)
{
    Q_ASSERT(a.size() == b.size());
    int apart = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            const double d = std::hypot(qRed(p) - qRed(q), qGreen(p) - qGreen(q), qBlue(p) - qBlue(q));
            apart += d > kPixelApart ? 1 : 0;
        }
    }
    return double(apart) / (a.width() * a.height());
}

/// @p image as seen with @p vision; "one-grey" images are already painted in one grey.
QImage seenWith(const QImage &image, const QString &vision)
{
    if (vision == QLatin1String("deuteranopia"))
        return simulate(image, kDeuteranopia);
    if (vision == QLatin1String("protanopia"))
        return simulate(image, kProtanopia);
    return simulate(image, kNormal);
}

/// Every strongly coloured pixel of @p image turned into one grey: what is left is the shape.
QImage inOneGrey(QImage image)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y).hsvSaturationF() > 0.3)
                image.setPixelColor(x, y, QColor(0x9E, 0x9E, 0x9E));
        }
    }
    return image;
}

/// Fails naming the first pair of @p images (named @p names) that look alike.
QString firstAlike(const QList<QImage> &images, const QStringList &names, const QString &vision, double needed)
{
    for (int a = 0; a < images.size(); ++a) {
        for (int b = a + 1; b < images.size(); ++b) {
            const double share = shareApart(images.at(a), images.at(b));
            if (share < needed)
                return QStringLiteral("\"%1\" and \"%2\" look alike in %3 (%4% of pixels differ)")
                    .arg(names.at(a), names.at(b), vision)
                    .arg(share * 100, 0, 'f', 1);
        }
    }
    return {};
}

/// A token as the pupil sees it on the palette: the real button, grabbed.
QImage token(const QJsonObject &element)
{
    TokenButton button(0, element);
    button.setTokenSize(kTokenSize);
    button.resize(button.sizeHint());
    return button.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

struct Palette
{
    QString name;
    QList<QJsonObject> elements;
};

QList<Palette> palettes()
{
    QList<Skin> skins;
    const SkinRegistry framework = SkinRegistry::builtIn();
    for (const QString &key : framework.keys())
        skins.append(*framework.find(key));
    skins.append(music::MusicSkins::notes());
    skins.append(music::MusicSkins::drums());
    skins.append(geometry::GeometrySkins::all());
    QList<Palette> result;
    for (const Skin &skin : skins) {
        Palette palette { skin.key(), {} };
        for (const SkinElement &e : skin.elements())
            palette.elements.append(e.toJson());
        result.append(palette);
    }
    return result;
}

/// Saves a row of images (for a person to look at) when STAGES_SHOT_DIR is set.
void save(const QString &name, const QList<QImage> &images)
{
    const QString dir = qEnvironmentVariable("STAGES_SHOT_DIR");
    if (dir.isEmpty() || images.isEmpty())
        return;
    QImage row(images.first().width() * int(images.size()), images.first().height(), QImage::Format_RGB32);
    row.fill(Qt::white);
    QPainter p(&row);
    for (int i = 0; i < images.size(); ++i)
        p.drawImage(i * images.first().width(), 0, images.at(i));
    p.end();
    QDir().mkpath(dir);
    row.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestTokenColourVision : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Q_INIT_RESOURCE(exercise_pictograms); // the karate pictograms
    }

    void simulationKeepsGrey()
    {
        // The matrices are normalised so that white and greys stay as they are.
        QImage grey(1, 1, QImage::Format_RGB32);
        grey.fill(qRgb(128, 128, 128));
        for (const Matrix *m : { &kProtanopia, &kDeuteranopia }) {
            const QRgb p = simulate(grey, *m).pixel(0, 0);
            QVERIFY(std::abs(qRed(p) - 128) <= 1 && std::abs(qGreen(p) - 128) <= 1 && std::abs(qBlue(p) - 128) <= 1);
        }
    }

    void colourAloneIsCaught()
    {
        // The check sees the problem it is for: a red and a green circle with nothing else on them
        // fall together for a deuteranope, and in one grey they are the same.
        const QJsonObject red { { QStringLiteral("color"), QStringLiteral("#D62728") },
                                { QStringLiteral("shape"), QStringLiteral("circle") } };
        QJsonObject green = red;
        green.insert(QStringLiteral("color"), QStringLiteral("#2CA02C"));
        QVERIFY(shareApart(token(red), token(green)) > kShareApart); // people with normal vision see it
        const double share = shareApart(simulate(token(red), kDeuteranopia), simulate(token(green), kDeuteranopia));
        QVERIFY2(share < kShareApart / 8, qPrintable(QString::number(share)));
    }

    void tokensStayApart_data()
    {
        QTest::addColumn<int>("palette");
        QTest::addColumn<QString>("vision");
        const QList<Palette> all = palettes();
        for (int i = 0; i < all.size(); ++i) {
            for (const char *vision : { "deuteranopia", "protanopia", "one-grey" }) {
                // Grid cells are white (empty) or dark blue (filled): emptiness itself is the
                // difference, and their lightness tells them apart in every kind of colour vision.
                if (all.at(i).name == QLatin1String("cells") && QLatin1String(vision) == QLatin1String("one-grey"))
                    continue;
                QTest::addRow("%s %s", qPrintable(all.at(i).name), vision) << i << QString::fromLatin1(vision);
            }
        }
    }

    void tokensStayApart()
    {
        QFETCH(int, palette);
        QFETCH(QString, vision);
        const Palette p = palettes().at(palette);
        QList<QImage> images;
        for (QJsonObject element : p.elements) {
            if (vision == QLatin1String("one-grey") && element.contains(QStringLiteral("color")))
                element.insert(QStringLiteral("color"), QStringLiteral("#9E9E9E"));
            images.append(seenWith(token(element), vision));
        }
        save(QStringLiteral("tokens-%1-%2").arg(p.name, vision), images);
        QStringList names;
        for (const QJsonObject &element : p.elements)
            names.append(element.value(QStringLiteral("key")).toString());
        const QString alike = firstAlike(images, names, vision, kShareApart);
        QVERIFY2(alike.isEmpty(), qPrintable(p.name + QStringLiteral(": ") + alike));
    }

    void tapMarksStayApart_data()
    {
        QTest::addColumn<QString>("vision");
        for (const char *vision : { "deuteranopia", "protanopia", "one-grey" })
            QTest::newRow(vision) << QString::fromLatin1(vision);
    }

    void tapMarksStayApart()
    {
        // The marks under the rhythm after tapping: on time, early, late, missed.
        QFETCH(QString, vision);
        using music::RhythmGridWidget;
        RhythmGridWidget grid;
        grid.setSteps({ true, true, true, true });
        const QList<RhythmGridWidget::TapMark> marks {
            { 0, 0, RhythmGridWidget::TapKind::Good },
            { 1, -1, RhythmGridWidget::TapKind::Off },
            { 2, 1, RhythmGridWidget::TapKind::Off },
            { 3, 0, RhythmGridWidget::TapKind::Missed },
        };
        grid.setTapMarks(marks);
        grid.resize(400, grid.sizeHint().height());
        QImage shot = grid.grab().toImage();
        if (vision == QLatin1String("one-grey"))
            shot = inOneGrey(shot);
        shot = seenWith(shot, vision);
        QList<QImage> images;
        for (int i = 0; i < marks.size(); ++i) {
            const QRectF box = grid.stepRect(i);
            // The mark sits 18 px under its step; the dotted line to it is the same for all.
            const QRect area(int(box.center().x()) - 13, int(box.bottom()) + 18 - 13, 26, 26);
            QVERIFY(shot.rect().contains(area));
            images.append(shot.copy(area));
        }
        save(QStringLiteral("tapmarks-%1").arg(vision), images);
        const QStringList names { QStringLiteral("on time"), QStringLiteral("early"), QStringLiteral("late"),
                                  QStringLiteral("missed") };
        const QString alike = firstAlike(images, names, vision, 0.08);
        QVERIFY2(alike.isEmpty(), qPrintable(QStringLiteral("tap marks: ") + alike));
    }

    void drumNotesStayApart_data() { tapMarksStayApart_data(); }

    void drumNotesStayApart()
    {
        // A row of drum notes (play-back, listen-and-identify): each drum in its colour and with
        // its own picture.
        QFETCH(QString, vision);
        const QList<int> keys = music::DrumPadsWidget::defaultPads();
        music::NoteRowWidget row;
        row.setDrums(true);
        row.setNoteSize(64);
        row.setNotes(keys);
        row.resize(row.sizeHint());
        QImage shot = row.grab().toImage();
        if (vision == QLatin1String("one-grey"))
            shot = inOneGrey(shot);
        shot = seenWith(shot, vision);
        QList<QImage> images;
        QStringList names;
        for (int i = 0; i < keys.size(); ++i) {
            images.append(shot.copy(row.noteRect(i).toAlignedRect()));
            names.append(music::DrumPadsWidget::padName(keys.at(i)));
        }
        save(QStringLiteral("drumrow-%1").arg(vision), images);
        const QString alike = firstAlike(images, names, vision, kShareApart);
        QVERIFY2(alike.isEmpty(), qPrintable(QStringLiteral("drum notes: ") + alike));
    }
};

QTEST_MAIN(TestTokenColourVision)
#include "tst_tokencolourvision.moc"
