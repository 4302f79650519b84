#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace stages {

/// What one sign-in card shows.
struct SignInCard
{
    QString name;
    QString className;
    int avatar = 0;
    QList<int> pictures; ///< the picture password, in the order to tap
};

/// Printable sign-in cards (issue 10, point 6): A4 pages of kColumns × kRows cards, each with
/// the pupil's avatar, name and class and their three pictures numbered 1-2-3, with cut lines.
/// Picture passwords are stored only as hashes, so the cards are made from pictures that were
/// just chosen (PupilAdmin::resetPictures, AddPupilDialog). Draws on any paged device: a
/// QPdfWriter (writePdf) or the QPrinter of the system print dialog. Needs a QGuiApplication.
class SignInCards
{
    Q_DECLARE_TR_FUNCTIONS(stages::SignInCards)

public:
    static constexpr int kColumns = 2;
    static constexpr int kRows = 4;

    explicit SignInCards(QList<SignInCard> cards);

    int pageCount() const;
    /// Draws every card on @p device, starting a new page after every kColumns × kRows.
    Status paint(QPagedPaintDevice &device) const;
    /// Writes the cards as an A4 PDF.
    Status writePdf(const QString &path) const;

private:
    QList<SignInCard> m_cards;
};

} // namespace stages
