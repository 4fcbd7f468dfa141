#pragma once

#include "PageFrame.h"

#include <memory>

namespace Ui {
class PlaceholderPage;
}

namespace mamori {

// A page that later work fills in, in the frame it will be built in: what it will be for, and
// that it is not available yet.
class PlaceholderPage : public PageFrame
{
    Q_OBJECT

public:
    explicit PlaceholderPage(Page page, QWidget *parent = nullptr);
    ~PlaceholderPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::PlaceholderPage> m_ui;
};

} // namespace mamori
